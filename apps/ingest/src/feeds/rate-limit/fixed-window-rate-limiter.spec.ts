import { FixedWindowRateLimiter, RateCounter, WindowCount, decide } from './fixed-window-rate-limiter';
import { RateLimitKeys } from './rate-limit-keys';

/** Counts in memory, with a clock the test moves. */
class MemoryCounter implements RateCounter {
  now = 0;
  readonly windows = new Map<string, { count: number; endsAt: number }>();

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    let window = this.windows.get(key);
    if (!window || window.endsAt <= this.now)
      this.windows.set(key, (window = { count: 0, endsAt: this.now + windowMs }));
    window.count++;
    return { count: window.count, resetsInMs: window.endsAt - this.now };
  }
}

const failing: RateCounter = { hit: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379')) };

describe('per-feed rate limits', () => {
  it('allows up to the limit in a window and says how many are left', () => {
    expect(decide({ count: 1, resetsInMs: 60_000 }, 3)).toEqual({ allowed: true, remaining: 2 });
    expect(decide({ count: 3, resetsInMs: 1_000 }, 3)).toEqual({ allowed: true, remaining: 0 });
  });

  it('refuses beyond the limit until the window resets, rounding Retry-After up to whole seconds', () => {
    expect(decide({ count: 4, resetsInMs: 12_300 }, 3)).toEqual({ allowed: false, retryAfterSeconds: 13 });
    expect(decide({ count: 4, resetsInMs: 0 }, 3)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('counts each feed on its own and starts afresh in the next window', async () => {
    const counter = new MemoryCounter();
    const limiter = new FixedWindowRateLimiter(counter, (feed) => RateLimitKeys.feedWindow('t_', feed), {
      warn: jest.fn(),
    });
    expect(await limiter.check('smart', 2)).toMatchObject({ allowed: true });
    expect(await limiter.check('smart', 2)).toMatchObject({ allowed: true, remaining: 0 });
    expect(await limiter.check('bench', 2)).toMatchObject({ allowed: true, remaining: 1 });
    counter.now = 45_000;
    expect(await limiter.check('smart', 2)).toEqual({ allowed: false, retryAfterSeconds: 15 });
    counter.now = 60_000;
    expect(await limiter.check('smart', 2)).toEqual({ allowed: true, remaining: 1 });
    expect([...counter.windows.keys()]).toEqual(['t_ingest:rate:smart', 't_ingest:rate:bench']);
  });

  it('lets requests through with a warning when its counter fails, and warns once per interval, not per request', async () => {
    const warn = jest.fn();
    let now = 0;
    const limiter = new FixedWindowRateLimiter(
      failing,
      (feed) => feed,
      { warn },
      60_000,
      () => now,
    );
    expect(await limiter.check('smart', 1)).toEqual({ allowed: true, remaining: null });
    expect(await limiter.check('smart', 1)).toEqual({ allowed: true, remaining: null });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/requests are let through.*ECONNREFUSED/);
    now = 10_000;
    await limiter.check('smart', 1);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
