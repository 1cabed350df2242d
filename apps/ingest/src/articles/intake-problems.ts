import { ProblemDetails, ProblemMapper, problem } from '@news/http';
import { IntakeError, IntakeErrorCode } from '../formats/intake-error';

const STATUS: Record<IntakeErrorCode, [number, string, string]> = {
  MALFORMED: [400, 'malformed-document', 'Malformed document'],
  TOO_LARGE: [413, 'too-large', 'Payload too large'],
  UNKNOWN_FORMAT: [415, 'unknown-format', 'Unsupported media type'],
  UNUSABLE: [422, 'unusable-article', 'Unusable article'],
  FEED_REFUSED: [403, 'feed-refused', 'Feed may not post'],
};

/** The edge's reading of intake errors as RFC 9457 problems. */
export const intakeProblems: ProblemMapper = (error: unknown): ProblemDetails | null => {
  if (!(error instanceof IntakeError)) return null;
  const [status, slug, title] = STATUS[error.code];
  return problem(status, slug, title, error.message, error.pointer);
};
