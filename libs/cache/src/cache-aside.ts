import type Redis from 'ioredis';

export interface CacheLogger {
  warn(message: string): void;
}

/**
 * Cache-aside over Redis where Redis is an optimisation, never a source of
 * truth: any Redis failure degrades to reading the source, never to an error.
 */
export class CacheAside {
  constructor(
    private readonly redis: Redis,
    private readonly logger: CacheLogger,
  ) {}

  async get<T>(key: string, ttlSeconds: number, load: () => Promise<T | null>): Promise<T | null> {
    const cached = await this.attempt(() => this.redis.get(key));
    if (cached) return JSON.parse(cached) as T;
    const value = await load();
    if (value !== null) await this.attempt(() => this.redis.set(key, JSON.stringify(value), 'EX', ttlSeconds));
    return value;
  }

  /**
   * Like `get`, for an answer served exactly as it is stored (a JSON body):
   * a hit is one GET and hands back Redis's text, with no parse and no
   * re-serialisation per request.
   */
  async getText(key: string, ttlSeconds: number, load: () => Promise<string | null>): Promise<string | null> {
    const cached = await this.attempt(() => this.redis.get(key));
    if (cached !== null) return cached;
    const text = await load();
    if (text !== null) await this.attempt(() => this.redis.set(key, text, 'EX', ttlSeconds));
    return text;
  }

  /** The stored text, or null when there is none or Redis is away: a look without loading. */
  peekText(key: string): Promise<string | null> {
    return this.attempt(() => this.redis.get(key));
  }

  async invalidate(key: string): Promise<void> {
    await this.attempt(() => this.redis.del(key));
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
