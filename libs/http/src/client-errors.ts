import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { problem } from './problem-details';

/** Node's parser errors a sender can cause, by the status that tells them what to fix. */
const STATUS_BY_CODE: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'headers-too-large', 'Request headers too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request-timeout', 'Request timeout'],
};

/**
 * A request Node cannot even parse (malformed start line, bad header,
 * oversize headers) never reaches Nest; Node answers it with an empty 400.
 * This gives the sender a problem+json body saying what was wrong instead.
 */
export function answerClientErrorsWithProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || (error.code === 'ECONNRESET' && socket.destroyed)) return void socket.destroy();
    const [status, slug, title] = STATUS_BY_CODE[error.code ?? ''] ?? [400, 'malformed-http', 'Malformed HTTP request'];
    const body = JSON.stringify(
      problem(status, slug, title, `the request could not be parsed (${error.code ?? 'unknown'})`),
    );
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
