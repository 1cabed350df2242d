/**
 * A date the text printed but we cannot turn into one instant. Callers map it
 * to their own errors (ingest: an unusable article); it never escapes as an
 * Invalid Date.
 */
export class ArabicDateError extends Error {
  readonly code = 'INVALID_DATE' as const;

  constructor(message: string) {
    super(message);
    this.name = 'ArabicDateError';
  }
}
