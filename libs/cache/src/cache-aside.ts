import type Redis from 'ioredis';

export interface CacheLogger {
  warn(message: string): void;
}

/**
 * Stores a loaded answer only if no invalidation came since the loader
 * began: KEYS[1] the entry, KEYS[2] its fence; ARGV the text, the TTL, and
 * the fence as it was read before loading ('' for none).
 */
const STORE_IF_NOT_INVALIDATED = `
if (redis.call('GET', KEYS[2]) or '') == ARGV[3] then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
  return 1
end
return 0`;

/** A fence outlives any load by far; it only has to span one. */
const FENCE_TTL_SECONDS = 3600;

/**
 * Cache-aside over Redis where Redis is an optimisation, never a source of
 * truth: any Redis failure degrades to reading the source, never to an error.
 *
 * A miss that read the source just before a change committed must not
 * store its stale answer after the change's invalidation dropped the
 * entry (a killed article would answer 200 from the cache until the TTL).
 * So every invalidation bumps the entry's fence, a miss notes the fence
 * before it loads, and stores only if the fence has not moved.
 */
export class CacheAside {
  constructor(
    private readonly redis: Redis,
    private readonly logger: CacheLogger,
  ) {}

  async get<T>(key: string, ttlSeconds: number, load: () => Promise<T | null>): Promise<T | null> {
    const { cached, fence } = await this.look(key);
    if (cached) return JSON.parse(cached) as T;
    const value = await load();
    if (value !== null) await this.store(key, JSON.stringify(value), ttlSeconds, fence);
    return value;
  }

  /**
   * Like `get`, for an answer served exactly as it is stored (a JSON body):
   * a hit is one GET and hands back Redis's text, with no parse and no
   * re-serialisation per request.
   */
  async getText(key: string, ttlSeconds: number, load: () => Promise<string | null>): Promise<string | null> {
    const { cached, fence } = await this.look(key);
    if (cached !== null) return cached;
    const text = await load();
    if (text !== null) await this.store(key, text, ttlSeconds, fence);
    return text;
  }

  /** The stored text, or null when there is none or Redis is away: a look without loading. */
  peekText(key: string): Promise<string | null> {
    return this.attempt(() => this.redis.get(key));
  }

  async invalidate(key: string): Promise<void> {
    await this.invalidateAll([key]);
  }

  /** Drops the entries and moves their fences, in one round trip: a load in flight for any of them stores nothing. */
  async invalidateAll(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    const transaction = this.redis.multi();
    for (const key of keys) transaction.incr(fenceKey(key)).expire(fenceKey(key), FENCE_TTL_SECONDS).del(key);
    await this.attempt(() => transaction.exec());
  }

  /**
   * The entry and its fence in one round trip: the fence as it stands
   * before a miss loads ('' for none), or null when Redis is away (and
   * nothing will be stored).
   */
  private async look(key: string): Promise<{ cached: string | null; fence: string | null }> {
    const read = await this.attempt(() => this.redis.mget(key, fenceKey(key)));
    return read ? { cached: read[0], fence: read[1] ?? '' } : { cached: null, fence: null };
  }

  private async store(key: string, text: string, ttlSeconds: number, fence: string | null): Promise<void> {
    if (fence === null) return;
    await this.attempt(() => this.redis.eval(STORE_IF_NOT_INVALIDATED, 2, key, fenceKey(key), text, ttlSeconds, fence));
  }

  private async attempt<T>(command: () => Promise<T>): Promise<T | null> {
    try {
      return await command();
    } catch (error) {
      this.logger.warn(`redis unavailable, using the database: ${(error as Error).message}`);
      return null;
    }
  }
}

function fenceKey(key: string): string {
  return `${key}:fence`;
}
