/** One hit on a counter: how many hits the current window holds and when it ends. */
export interface WindowCount {
  count: number;
  resetsInMs: number;
}

/** Where the counts live (Redis in ingest, a map in unit tests). */
export interface RateCounter {
  /** Counts `hits` (1 unless said) on `key`; the first hit of a window starts it, `windowMs` long. */
  hit(key: string, windowMs: number, hits?: number): Promise<WindowCount>;
}

export interface RateLimitLogger {
  warn(message: string): void;
}

export type RateDecision =
  /** remaining is null when the counter could not be asked and the request is let through. */
  { allowed: true; remaining: number | null } | { allowed: false; retryAfterSeconds: number };

/** The rule, apart from where the counts live: the hit that makes the count exceed the limit is refused until the window resets. */
export function decide(window: WindowCount, limit: number): RateDecision {
  if (window.count <= limit) return { allowed: true, remaining: limit - window.count };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(window.resetsInMs / 1000)) };
}

/** Counter failures are logged at most this often, so a Redis outage is one line per interval, not one per request. */
const WARN_INTERVAL_MS = 10_000;

/**
 * Per-feed fixed-window rate limiting. The counter is an optimisation of
 * fairness, never a gate on good input: when it fails (Redis down or slow)
 * the request is let through and the outage is logged, never a 500.
 */
export class FixedWindowRateLimiter {
  private lastWarnAt = -Infinity;

  constructor(
    private readonly counter: RateCounter,
    private readonly keyOf: (feed: string) => string,
    private readonly logger: RateLimitLogger,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts `hits` against the feed's window (a request is one; a document's further stories one each). */
  async check(feed: string, limit: number, hits = 1): Promise<RateDecision> {
    let window: WindowCount;
    try {
      window = await this.counter.hit(this.keyOf(feed), this.windowMs, hits);
    } catch (error) {
      if (this.now() - this.lastWarnAt >= WARN_INTERVAL_MS) {
        this.lastWarnAt = this.now();
        this.logger.warn(
          `rate limiting is off while its counter fails (requests are let through): ${(error as Error).message}`,
        );
      }
      return { allowed: true, remaining: null };
    }
    return decide(window, limit);
  }
}
