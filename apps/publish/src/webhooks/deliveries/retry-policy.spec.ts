import { AttemptOutcome, RetrySchedule, isRetryableStatus, retryAfterMs, retryDelay, verdictFor } from './retry-policy';

const schedule: RetrySchedule = { maxAttempts: 5, baseMs: 1000, maxMs: 60_000 };
const now = new Date('2024-05-01T12:00:00Z');
const response = (status: number, retryAfter?: string): AttemptOutcome => ({ kind: 'response', status, retryAfter });

describe('the webhook retry policy', () => {
  it('retries a failing receiver, a timeout, a rate limit and a network error, and no other 4xx', () => {
    expect([500, 502, 503, 408, 429].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 410, 422, 301].some(isRetryableStatus)).toBe(false);
    expect(verdictFor(response(503), 1, schedule, now).kind).toBe('retry');
    expect(verdictFor({ kind: 'network-error', error: 'ECONNRESET' }, 1, schedule, now).kind).toBe('retry');
    expect(verdictFor(response(400), 1, schedule, now)).toEqual({ kind: 'dead', reason: 'HTTP 400, not retried' });
    expect(verdictFor(response(204), 3, schedule, now)).toEqual({ kind: 'delivered' });
  });

  it('gives up after the last attempt, saying what the last one got', () => {
    expect(verdictFor(response(503), 5, schedule, now)).toEqual({
      kind: 'dead',
      reason: 'HTTP 503 on the last of 5 attempts',
    });
  });

  it('never retries a target the private-network guard refused', () => {
    expect(verdictFor({ kind: 'refused', error: '127.0.0.1 is loopback' }, 1, schedule, now)).toEqual({
      kind: 'dead',
      reason: 'refused: 127.0.0.1 is loopback',
    });
  });

  it('doubles the wait each time, with jitter between half and all of it, up to the cap', () => {
    const low = () => 0;
    const high = () => 1;
    expect([1, 2, 3, 4].map((n) => retryDelay(n, schedule, undefined, low))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => retryDelay(n, schedule, undefined, high))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(20, schedule, undefined, high)).toBe(60_000);
  });

  it('waits at least as long as Retry-After asks, in seconds or as a date, but never past the cap', () => {
    expect(retryAfterMs('30', now)).toBe(30_000);
    expect(retryAfterMs('Wed, 01 May 2024 12:00:45 GMT', now)).toBe(45_000);
    expect(retryAfterMs('Wed, 01 May 2024 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(verdictFor(response(429, '30'), 1, schedule, now, () => 1)).toEqual({ kind: 'retry', delayMs: 30_000 });
    expect(verdictFor(response(503, '7200'), 1, schedule, now)).toEqual({ kind: 'retry', delayMs: 60_000 });
  });
});
