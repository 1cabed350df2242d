import type Redis from 'ioredis';
import { withinRedisDeadline } from '../redis-deadline';
import { RateCounter, WindowCount } from './fixed-window-rate-limiter';

/**
 * INCRBY and the window's expiry in one atomic step: the first hit of a window
 * sets its expiry, and a key found without one (it cannot happen through this
 * script, but a stray key must not count forever) gets it too.
 */
const HIT = `
local count = redis.call('INCRBY', KEYS[1], ARGV[2])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

export class RedisRateCounter implements RateCounter {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowMs: number, hits = 1): Promise<WindowCount> {
    const [count, ttl] = (await withinRedisDeadline(this.redis.eval(HIT, 1, key, windowMs, hits))) as [number, number];
    return { count, resetsInMs: ttl };
  }
}
