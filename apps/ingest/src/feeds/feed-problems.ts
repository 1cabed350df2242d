import { ProblemDetails, ProblemMapper, problem } from '@news/http';
import { FeedAccessError, FeedAccessErrorCode, FeedAdminError, FeedAdminErrorCode } from './feed-errors';

const ACCESS: Record<FeedAccessErrorCode, [number, string, string]> = {
  UNAUTHENTICATED: [401, 'unauthenticated', 'Unauthenticated'],
  BAD_SIGNATURE: [401, 'bad-signature', 'Bad signature'],
  OUTSIDE_REPLAY_WINDOW: [401, 'outside-replay-window', 'Outside the replay window'],
  REPLAYED: [409, 'replayed-request', 'Request replayed'],
  FEED_DISABLED: [403, 'feed-disabled', 'Feed disabled'],
  RATE_LIMITED: [429, 'rate-limited', 'Too many requests'],
  SIGNING_UNAVAILABLE: [503, 'signing-unavailable', 'Signature check unavailable'],
};

const ADMIN: Record<FeedAdminErrorCode, [number, string, string]> = {
  INVALID_FEED: [400, 'invalid-feed', 'Invalid feed'],
  FEED_EXISTS: [409, 'feed-exists', 'Feed exists'],
  FEED_NOT_FOUND: [404, 'feed-not-found', 'Feed not found'],
  SECRET_KEY_MISSING: [409, 'secret-key-missing', 'Signing not configured'],
  ADMIN_UNAUTHENTICATED: [401, 'unauthenticated', 'Unauthenticated'],
};

/** The edge's reading of feed access and feed admin errors as RFC 9457 problems. */
export const feedProblems: ProblemMapper = (error: unknown): ProblemDetails | null => {
  if (error instanceof FeedAccessError) {
    const [status, slug, title] = ACCESS[error.code];
    // The operator's reason is in the log (a 5xx is logged with its message); the caller learns only that it is not their fault.
    const detail =
      error.code === 'SIGNING_UNAVAILABLE'
        ? 'signatures cannot be checked right now; the operators have been told'
        : error.message;
    return problem(status, slug, title, detail);
  }
  if (error instanceof FeedAdminError) {
    const [status, slug, title] = ADMIN[error.code];
    return problem(status, slug, title, error.message);
  }
  return null;
};
