/**
 * A wire feed's date (ISO 8601, RFC 822) that names no single instant.
 * Callers map it to their own errors (ingest: an unusable article naming the
 * field); it never escapes as an Invalid Date.
 */
export class WireDateError extends Error {
  readonly code = 'INVALID_DATE' as const;

  constructor(message: string) {
    super(message);
    this.name = 'WireDateError';
  }
}
