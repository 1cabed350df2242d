import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  const options = { baseMs: 100, maxMs: 1000 };

  it('doubles per attempt between half and all of the ceiling', () => {
    expect(backoffDelay(0, options, () => 0)).toBe(50);
    expect(backoffDelay(0, options, () => 1)).toBe(100);
    expect(backoffDelay(3, options, () => 0)).toBe(400);
    expect(backoffDelay(3, options, () => 1)).toBe(800);
  });

  it('never waits longer than the cap, however many attempts failed', () => {
    expect(backoffDelay(50, options, () => 1)).toBe(1000);
    expect(backoffDelay(50, options, () => 0)).toBe(500);
  });

  it('spreads replicas that failed together', () => {
    const delays = new Set(Array.from({ length: 20 }, () => backoffDelay(4, options)));
    expect(delays.size).toBeGreaterThan(5);
  });
});
