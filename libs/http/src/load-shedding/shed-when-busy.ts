import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROBLEM_CONTENT_TYPE, problem } from '../problem-details';
import { InFlightLimit } from './in-flight-limit';

export interface SheddingOptions {
  limit: InFlightLimit;
  /** Told about each refusal (a metrics counter). */
  onShed?: () => void;
  /** Told whenever the count of requests in flight changes (a gauge). */
  onInFlight?: (inFlight: number) => void;
  /** What a refused client is asked to wait; a busy process usually drains in about a second. */
  retryAfterSeconds?: number;
  /** The variable an operator changes to raise the limit, named in the refusal. */
  limitName: string;
}

type Next = (error?: unknown) => void;

/**
 * Connect/Express middleware that answers 503 (problem+json, Retry-After) at
 * once when the limit is reached. Mount it before the body parser: the body of
 * a refused request is never read into memory (Node discards it), so an
 * overload costs headers, not megabytes. A slot is held until the response
 * has gone out or the connection dropped, whichever comes first.
 */
export function shedWhenBusy(options: SheddingOptions) {
  const { limit, onShed, onInFlight, retryAfterSeconds = 1, limitName } = options;
  return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    const release = limit.tryEnter();
    if (!release) {
      onShed?.();
      refuse(request, response, limit.max, retryAfterSeconds, limitName);
      return;
    }
    onInFlight?.(limit.inFlight);
    const done = (): void => {
      release();
      onInFlight?.(limit.inFlight);
    };
    response.once('finish', done);
    response.once('close', done);
    next();
  };
}

function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  max: number,
  retryAfterSeconds: number,
  limitName: string,
): void {
  const body = {
    ...problem(
      503,
      'overloaded',
      'Service overloaded',
      `${max} requests are already in flight (${limitName}); nothing of this one was read or stored: retry after ${retryAfterSeconds} s`,
    ),
    instance: (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url,
  };
  response.statusCode = 503;
  response.setHeader('Retry-After', String(retryAfterSeconds));
  response.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
  response.end(JSON.stringify(body));
}
