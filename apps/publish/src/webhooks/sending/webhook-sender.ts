import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { AttemptOutcome } from '../deliveries/retry-policy';
import { PrivateAddressRefused, literalAddressProblem, publicOnlyLookup } from './private-network-guard';

export interface OutgoingRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface SenderOptions {
  /** The whole attempt, connection to status line, must finish within this. */
  timeoutMs: number;
  allowPrivateNetworks: boolean;
}

/**
 * POSTs one delivery and says what came of it; never throws. Only the
 * status line matters, so the response body is not read. Redirects are not
 * followed. The private-network guard runs on the literal host and, for a
 * name, on every address DNS gives (see publicOnlyLookup).
 */
export class WebhookSender {
  constructor(private readonly options: SenderOptions) {}

  send(outgoing: OutgoingRequest): Promise<AttemptOutcome> {
    const url = new URL(outgoing.url);
    const literal = this.options.allowPrivateNetworks ? null : literalAddressProblem(url.hostname);
    if (literal) return Promise.resolve({ kind: 'refused', error: literal });
    return new Promise((resolve) => {
      const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
        method: 'POST',
        headers: { ...outgoing.headers, 'Content-Length': String(Buffer.byteLength(outgoing.body)) },
        ...(this.options.allowPrivateNetworks ? {} : { lookup: publicOnlyLookup }),
      });
      const timer = setTimeout(
        () => request.destroy(new Error(`no answer within ${this.options.timeoutMs} ms`)),
        this.options.timeoutMs,
      );
      const settle = (outcome: AttemptOutcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      request.on('response', (response) => {
        const retryAfter = response.headers['retry-after'];
        settle({ kind: 'response', status: response.statusCode ?? 0, ...(retryAfter ? { retryAfter } : {}) });
        response.destroy();
      });
      request.on('error', (error: Error) =>
        settle(
          error instanceof PrivateAddressRefused
            ? { kind: 'refused', error: error.message }
            : { kind: 'network-error', error: describeError(error) },
        ),
      );
      request.end(outgoing.body);
    });
  }
}

function describeError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${code} ${error.message}` : error.message;
}
