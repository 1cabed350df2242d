import { createHash } from 'node:crypto';

/** A strong validator over exactly the bytes served. */
export function etagOfBody(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** True when If-None-Match names this ETag (or `*`): the client's copy is current (RFC 9110 §13.1.2). */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/**
 * True when If-Modified-Since is at or after `lastModified` (to the second,
 * as HTTP dates are). Ignored when If-None-Match was sent, as RFC 9110 says.
 */
export function notModifiedSince(
  ifModifiedSince: string | undefined,
  ifNoneMatch: string | undefined,
  lastModified: Date,
): boolean {
  if (!ifModifiedSince || ifNoneMatch) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/**
 * Last-Modified only once its second is over: HTTP dates have whole seconds,
 * so a date sent while its second still runs could hide a change made later
 * in that second from an If-Modified-Since (RFC 9110 §8.8.2.2). Until then
 * the ETag alone validates.
 */
export function settledLastModified(lastChange: Date, now = new Date()): Date | undefined {
  return Math.floor(now.getTime() / 1000) > Math.floor(lastChange.getTime() / 1000) ? lastChange : undefined;
}
