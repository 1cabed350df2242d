/** Injection tokens of the feeds feature (the classes are their own tokens). */

/** The SecretBox sealing signing secrets, or null when FEED_SECRET_KEY is not set. */
export const SECRET_BOX = Symbol('SECRET_BOX');

/** The per-feed rate limiter (a FixedWindowRateLimiter over Redis). */
export const FEED_RATE_LIMITER = Symbol('FEED_RATE_LIMITER');

/** The feeds part of IngestConfig. */
export const FEEDS_CONFIG = Symbol('FEEDS_CONFIG');

/** The time now; a fixed clock in unit tests. */
export const CLOCK = Symbol('CLOCK');
export type Clock = () => Date;

/** Signatures already admitted (SeenSignatures), so a replay inside the window is refused. */
export const SEEN_SIGNATURES = Symbol('SEEN_SIGNATURES');
