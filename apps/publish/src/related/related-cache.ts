import type Redis from 'ioredis';
import { Article } from '@news/contracts';
import { CacheAside } from '@news/cache';
import { articleFacts } from '../published/article-facts';
import { CacheKeys } from '../published/cache-keys';
import { SingleFlight } from './single-flight';

export interface CacheLog {
  warn(message: string): void;
}

/**
 * Related-news answers in Redis, cache-aside. A miss is computed once however
 * many requests wait for it (single flight); each cached answer is indexed
 * under its article's facts, so a newly published article that shares a
 * fact invalidates exactly the answers it could change. Redis away: every
 * answer is computed from Postgres, none is wrong.
 */
export class RelatedCache {
  private readonly flight = new SingleFlight();

  constructor(
    private readonly redis: Redis,
    private readonly cache: CacheAside,
    private readonly namespace: string,
    private readonly ttlSeconds: number,
    private readonly log: CacheLog,
  ) {}

  /**
   * The cached answer as Redis holds it (JSON text), or the loaded one
   * serialised once; `cached` says which (a caller that waited on another's
   * computation counts as computed). A hit touches Redis only and is handed
   * on as text, so serving it costs no parse and no re-serialisation. `load`
   * gets `index`: call it with the article's facts before computing, so an
   * article published meanwhile still finds the entry to drop.
   */
  async remember<T>(
    articleId: string,
    load: (index: (facts: readonly string[]) => Promise<void>) => Promise<T | null>,
  ): Promise<{ json: string | null; cached: boolean }> {
    const key = CacheKeys.related(this.namespace, articleId);
    // A hit (nearly every lookup) is one GET, outside the single flight and
    // its promises; a miss joins the flight, which looks again before it loads.
    const hit = await this.cache.peekText(key);
    if (hit !== null) return { json: hit, cached: true };
    return this.flight.run(key, async () => {
      let cached = true;
      const json = await this.cache.getText(key, this.ttlSeconds, async () => {
        cached = false;
        const value = await load((facts) => this.index(articleId, facts));
        return value === null ? null : JSON.stringify(value);
      });
      return { json, cached };
    });
  }

  /** Drops the cached answers a newly stored article could change: its own and those sharing a fact with it. */
  async invalidateFor(articles: readonly Article[]): Promise<void> {
    try {
      const ids = new Set<string>();
      const factKeys = new Set<string>();
      for (const article of articles) {
        ids.add(article.newsroom.articleId);
        for (const fact of articleFacts(article).facts) factKeys.add(CacheKeys.relatedByFact(this.namespace, fact));
      }
      if (factKeys.size > 0) for (const id of await this.redis.sunion(...factKeys)) ids.add(id);
      await this.cache.invalidateAll([...ids].map((id) => CacheKeys.related(this.namespace, id)));
    } catch (error) {
      this.log.warn(`could not invalidate related news in redis: ${(error as Error).message}`);
    }
  }

  /** Drops these articles' cached answers (the bench clears them to time computations). */
  async forget(articleIds: readonly string[]): Promise<void> {
    await this.cache.invalidateAll(articleIds.map((id) => CacheKeys.related(this.namespace, id)));
  }

  private async index(articleId: string, facts: readonly string[]): Promise<void> {
    if (facts.length === 0) return;
    try {
      const pipeline = this.redis.multi();
      for (const fact of facts) {
        const key = CacheKeys.relatedByFact(this.namespace, fact);
        pipeline.sadd(key, articleId);
        pipeline.expire(key, this.ttlSeconds * 2);
      }
      await pipeline.exec();
    } catch (error) {
      this.log.warn(`could not index related news in redis: ${(error as Error).message}`);
    }
  }
}
