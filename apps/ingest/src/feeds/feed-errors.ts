/**
 * Why a request to post was refused, or why a feed could not be managed.
 * Use cases throw these; the HTTP edge maps the code to a status and a
 * problem+json body (feed-problems.ts), the CLI to a message and exit code.
 * Never an HttpException here: the CLI and the bench run this code too.
 */
export type FeedAccessErrorCode =
  | 'UNAUTHENTICATED' // no credentials, unknown feed or wrong key: one code, so the answer never says which (401)
  | 'BAD_SIGNATURE' // the feed signs and the signature is missing or does not match (401)
  | 'OUTSIDE_REPLAY_WINDOW' // signed, but the timestamp is too old or too far ahead (401)
  | 'REPLAYED' // a signed request admitted before, sent again inside the window (409)
  | 'FEED_DISABLED' // right key, but the feed may not post now (403)
  | 'RATE_LIMITED' // over the feed's requests per minute (429)
  | 'SIGNING_UNAVAILABLE'; // the feed signs but FEED_SECRET_KEY is not configured (503)

export class FeedAccessError extends Error {
  constructor(
    readonly code: FeedAccessErrorCode,
    message: string,
    /** RATE_LIMITED: seconds until the window resets. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'FeedAccessError';
  }
}

export type FeedAdminErrorCode =
  | 'INVALID_FEED' // a name or setting the feeds table cannot hold (400)
  | 'FEED_EXISTS' // create, but the name is taken (409)
  | 'FEED_NOT_FOUND' // rotate/disable a feed that does not exist (404)
  | 'SECRET_KEY_MISSING' // a signing feed needs FEED_SECRET_KEY to store its secret (409)
  | 'ADMIN_UNAUTHENTICATED'; // the admin API without the right ADMIN_TOKEN (401)

export class FeedAdminError extends Error {
  constructor(
    readonly code: FeedAdminErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FeedAdminError';
  }
}
