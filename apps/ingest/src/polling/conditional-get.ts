import { IntakeError } from '../formats/intake-error';

/** What a server said about the version it sent, to ask next time whether it changed. */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export type FeedFetch =
  /** 304: what we accepted last time is still current. */
  | { status: 'not-modified'; validators: FeedValidators }
  /** 200: a document to parse; its validators are to be remembered once its stories are accepted. */
  | { status: 'fetched'; body: Buffer; contentType?: string; validators: FeedValidators };

export interface ConditionalGetOptions {
  timeoutMs: number;
  /** The same limit as an HTTP post (MAX_BODY_BYTES); counted on the decoded body, so a gzip bomb stops too. */
  maxBytes: number;
  /** Aborted when the service stops. */
  signal?: AbortSignal;
}

/** The fetch that failed: a status, a timeout, a refused connection. Retried at the next interval. */
export class FeedFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFetchError';
  }
}

const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';
const USER_AGENT = 'newsroom-ingest feed poller';

/** If-None-Match and If-Modified-Since from what the server sent last time, as it sent them. */
export function conditionalHeaders(validators: FeedValidators): Record<string, string> {
  return {
    ...(validators.etag ? { 'if-none-match': validators.etag } : {}),
    ...(validators.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
  };
}

/**
 * One conditional GET. 304 keeps the validators (updated by any the 304
 * carries); 200 replaces them with the response's own (none if it sent
 * none). Any other status, a timeout or a network error is a FeedFetchError;
 * a body over `maxBytes` an IntakeError TOO_LARGE, read no further.
 */
export async function conditionalGet(
  fetcher: typeof fetch,
  url: string,
  validators: FeedValidators,
  options: ConditionalGetOptions,
): Promise<FeedFetch> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  try {
    const response = await fetcher(url, {
      method: 'GET',
      headers: { accept: ACCEPT, 'user-agent': USER_AGENT, ...conditionalHeaders(validators) },
      redirect: 'follow',
      signal,
    });
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: 'not-modified', validators: { ...validators, ...validatorsOf(response) } };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FeedFetchError(
        `${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      );
    }
    const body = await readCapped(response, options.maxBytes);
    return {
      status: 'fetched',
      body,
      contentType: response.headers.get('content-type') ?? undefined,
      validators: validatorsOf(response),
    };
  } catch (error) {
    if (error instanceof FeedFetchError || error instanceof IntakeError) throw error;
    if (timeout.aborted) throw new FeedFetchError(`${url} did not answer within ${options.timeoutMs} ms`);
    if (options.signal?.aborted) throw new FeedFetchError(`fetching ${url} was stopped`);
    throw new FeedFetchError(`fetching ${url} failed: ${describe(error)}`);
  }
}

function validatorsOf(response: Response): FeedValidators {
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const tooLarge = (size: string) =>
    new IntakeError('TOO_LARGE', `the document is ${size}, larger than the limit of ${maxBytes} bytes`, 'body');
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(`${declared} bytes`);
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(`over ${maxBytes} bytes`);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, total);
}

/** fetch's "fetch failed" says little; the cause names the connection error. */
function describe(error: unknown): string {
  const e = error as { message?: string; cause?: { message?: string; code?: string } };
  const cause = e.cause?.message ?? e.cause?.code;
  return cause ? `${e.message}: ${cause}` : String(e.message ?? error);
}
