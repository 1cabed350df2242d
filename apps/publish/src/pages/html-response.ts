import type { Request, Response } from 'express';
import { etagOfBody, ifNoneMatchHits } from '../http/conditional-get';

/**
 * Pages run no script at all and load only this origin's stylesheet; the
 * JSON-LD block is data, which script-src does not govern.
 */
const PAGE_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Readers' caches may keep a page a minute; a kill reaches them within that. */
export const PAGE_CACHE_CONTROL = 'public, max-age=60';

/** Sends a rendered page with its validators; a repeat with a matching If-None-Match gets 304. */
export function sendHtml(request: Request, response: Response, status: number, html: string): void {
  const etag = etagOfBody(html);
  response.set({
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': PAGE_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cache-Control': status === 200 ? PAGE_CACHE_CONTROL : 'no-store',
    ETag: etag,
  });
  if (status === 200 && ifNoneMatchHits(request.headers['if-none-match'], etag)) {
    response.status(304).end();
    return;
  }
  response.status(status).send(html);
}
