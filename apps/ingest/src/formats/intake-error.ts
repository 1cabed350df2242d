/**
 * Why ingest refused a document. Parsers and rules throw these; the HTTP edge
 * maps the code to a status and a problem+json body, a Kafka intake maps it
 * to a dead letter. Never an HttpException here: this code runs in consumers too.
 */
export type IntakeErrorCode =
  | 'MALFORMED' // the bytes are not a document of the format (400)
  | 'TOO_LARGE' // over the configured size limit (413)
  | 'UNKNOWN_FORMAT' // no parser for what was sent (415)
  | 'UNUSABLE' // well-formed, but not an article we can publish (422)
  | 'FEED_REFUSED'; // the wire record names a feed that is not registered or is disabled (403)

export class IntakeError extends Error {
  constructor(
    readonly code: IntakeErrorCode,
    message: string,
    /** The field or line at fault, e.g. "publishedAt" or "line 3". */
    readonly pointer?: string,
  ) {
    super(message);
    this.name = 'IntakeError';
  }
}
