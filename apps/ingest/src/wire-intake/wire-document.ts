import { IHeaders, KafkaMessage } from 'kafkajs';
import { IntakeError } from '../formats/intake-error';

/**
 * The headers a feed sets on a `wire.raw.v1` record. The value is the
 * document's bytes exactly as it would POST them; the headers say what HTTP
 * headers would. Names are matched without regard to case, as HTTP's are.
 */
export const WireHeaders = {
  /** The media type, as in HTTP: `text/plain; charset=utf-8`, `application/rss+xml`. */
  contentType: 'content-type',
  /** The feed's name; required (HTTP falls back to DEFAULT_FEED, the wire does not guess). */
  feedId: 'x-feed-id',
  /** Optional; carried into the article's events. */
  correlationId: 'x-correlation-id',
  /** Optional W3C trace context: the intake's span continues the sender's trace, as over HTTP. */
  traceParent: 'traceparent',
} as const;

export interface WireDocument {
  feed: string;
  contentType?: string;
  correlationId?: string;
  body: Buffer | undefined;
}

/** A wire record -> what the parsers need, or an IntakeError naming what is missing. */
export function readWireDocument(message: KafkaMessage, maxBytes: number): WireDocument {
  const feed = headerOf(message.headers, WireHeaders.feedId)?.trim();
  if (!feed)
    throw new IntakeError(
      'MALFORMED',
      `the record has no ${WireHeaders.feedId} header naming its feed`,
      WireHeaders.feedId,
    );
  const body = message.value ?? undefined;
  if (body && body.length > maxBytes) {
    throw new IntakeError(
      'TOO_LARGE',
      `the document is ${body.length} bytes, larger than the limit of ${maxBytes} bytes`,
      'value',
    );
  }
  return {
    feed,
    contentType: headerOf(message.headers, WireHeaders.contentType)?.trim() || undefined,
    correlationId: headerOf(message.headers, WireHeaders.correlationId)?.trim() || undefined,
    body,
  };
}

/** A header's text, its name matched without regard to case. */
export function headerOf(headers: IHeaders | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const raw = key === undefined ? undefined : headers[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === undefined ? undefined : value.toString('utf8');
}
