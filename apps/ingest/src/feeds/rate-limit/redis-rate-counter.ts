import type Redis from 'ioredis';
import { RateCounter, WindowCount } from './fixed-window-rate-limiter';

/**
 * INCR and the window's expiry in one atomic step: the first hit of a window
 * sets its expiry, and a key found without one (it cannot happen through this
 * script, but a stray key must not count forever) gets it too.
 */
const HIT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

/** A Redis that does not answer within this is treated as down (the limiter then lets requests through). */
const TIMEOUT_MS = 250;

export class RedisRateCounter implements RateCounter {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const [count, ttl] = (await withTimeout(this.redis.eval(HIT, 1, key, windowMs), TIMEOUT_MS)) as [number, number];
    return { count, resetsInMs: ttl };
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`redis did not answer in ${ms} ms`)), ms)),
  );
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
