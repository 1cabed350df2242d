import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const SCHEME = 'sha256=';

/** A new signing secret: 256 random bits as hex; the feed uses this string, as printed, as its HMAC key. */
export function generateSigningSecret(): string {
  return randomBytes(32).toString('hex');
}

/**
 * The `X-Signature` value for a body sent at `timestamp` (unix seconds) with
 * a Content-Type header: `sha256=` + hex HMAC-SHA256(secret,
 * "<timestamp>\n<content-type>\n<raw body>"), the Content-Type exactly as
 * sent ('' when none), so a replayed body cannot be re-labelled as another
 * format. The body is signed as the bytes on the wire, never as decoded
 * text, so a feed that sends Windows-1256 signs exactly what it sends.
 */
export function signRequest(
  secret: string,
  timestamp: number | string,
  contentType: string | undefined,
  body: Buffer,
): string {
  return `${SCHEME}${mac(secret, String(timestamp), contentType, body).toString('hex')}`;
}

export type SignatureVerdict =
  | { ok: true }
  | { ok: false; problem: 'bad-signature'; detail: string }
  | { ok: false; problem: 'outside-window'; detail: string };

export interface SignedRequest {
  secret: string;
  /** The Content-Type header as sent. */
  contentType: string | undefined;
  body: Buffer;
  /** The X-Signature header as sent. */
  signature: string | undefined;
  /** The X-Signature-Timestamp header as sent. */
  timestamp: string | undefined;
  nowSeconds: number;
  windowSeconds: number;
}

/**
 * Checks a signed request: the signature first (in constant time), then the
 * replay window, so "outside the window" is only ever said of a request the
 * feed really signed; a window in both directions, so a timestamp far in the
 * future cannot be used to make a request replayable for longer.
 */
export function verifyRequestSignature(request: SignedRequest): SignatureVerdict {
  const { signature, timestamp } = request;
  if (!signature || !timestamp) return bad('X-Signature and X-Signature-Timestamp are required for this feed');
  if (!/^\d{1,12}$/.test(timestamp)) return bad('X-Signature-Timestamp must be unix seconds');
  if (!signature.startsWith(SCHEME) || !/^[0-9a-f]{64}$/i.test(signature.slice(SCHEME.length)))
    return bad('X-Signature must be sha256=<64 hex digits>');
  const sent = Buffer.from(signature.slice(SCHEME.length), 'hex');
  const expected = mac(request.secret, timestamp, request.contentType, request.body);
  if (!timingSafeEqual(sent, expected)) return bad('the signature does not match the timestamp, Content-Type and body');
  const skew = request.nowSeconds - Number(timestamp);
  if (Math.abs(skew) > request.windowSeconds) {
    const when = skew > 0 ? `${skew} s old` : `${-skew} s in the future`;
    return {
      ok: false,
      problem: 'outside-window',
      detail: `the signature timestamp is ${when}; the window is ${request.windowSeconds} s`,
    };
  }
  return { ok: true };
}

function mac(secret: string, timestamp: string, contentType: string | undefined, body: Buffer): Buffer {
  return createHmac('sha256', secret)
    .update(`${timestamp}\n${contentType ?? ''}\n`, 'utf8')
    .update(body)
    .digest();
}

function bad(detail: string): SignatureVerdict {
  return { ok: false, problem: 'bad-signature', detail };
}
