import type Redis from 'ioredis';
import { withinRedisDeadline } from '../redis-deadline';

/**
 * Signatures already admitted, for as long as their timestamps stay inside
 * the replay window. A valid signature seen twice is a replay: a copy of a
 * request sent again, which could roll a corrected story back to its
 * earlier text.
 */
export interface SeenSignatures {
  /** True the first time a signature is offered; false for every later time within `ttlSeconds`. */
  firstSighting(feed: string, signature: string, ttlSeconds: number): Promise<boolean>;
}

/** Bounds the in-process fallback's memory: the oldest entries go first. */
const MAX_REMEMBERED = 100_000;

/**
 * Shared across replicas in Redis (SET NX with the window as expiry). While
 * Redis is away each process remembers what it admitted itself, so a replay
 * to the same replica is still refused; a replay to another replica during a
 * Redis outage is the one gap, and the log says when it is open.
 */
export class RedisSeenSignatures implements SeenSignatures {
  private readonly local = new Map<string, number>();

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly warn: (message: string) => void,
  ) {}

  async firstSighting(feed: string, signature: string, ttlSeconds: number): Promise<boolean> {
    const key = `${this.keyPrefix}signature:${feed}:${signature}`;
    const localFirst = this.rememberLocally(key, ttlSeconds);
    try {
      const set = await withinRedisDeadline(this.redis.set(key, '1', 'EX', ttlSeconds, 'NX'));
      return set === 'OK' && localFirst;
    } catch (error) {
      this.warn(`replay check without Redis (this replica's memory only): ${(error as Error).message}`);
      return localFirst;
    }
  }

  private rememberLocally(key: string, ttlSeconds: number): boolean {
    const now = Date.now();
    const expires = this.local.get(key);
    if (expires !== undefined && expires > now) return false;
    this.local.delete(key);
    this.local.set(key, now + ttlSeconds * 1000);
    if (this.local.size > MAX_REMEMBERED) this.local.delete(this.local.keys().next().value as string);
    return true;
  }
}
