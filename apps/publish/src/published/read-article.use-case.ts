import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Article, isArticleId } from '@news/contracts';
import { CacheAside } from '@news/cache';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { Queryable, failoverSafeReads } from '@news/persistence';
import { CacheKeys } from './cache-keys';
import { PublishedStore, StoredArticle } from './published-store';
import { ArticleKilled, ArticleNotFound, InvalidArticleId } from './read-errors';

export { ArticleKilled, ArticleNotFound, InvalidArticleId } from './read-errors';

/** Reads a published article, from Redis when it can and Postgres when it must; a killed one is its notice. */
@Injectable()
export class ReadArticleUseCase {
  /** Reads only, so each runs again on a fresh connection after a failover closed the pooled one. */
  private readonly reads: Queryable;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CacheAside) private readonly cache: CacheAside,
    @Inject(PublishedStore) private readonly store: PublishedStore,
  ) {
    this.reads = failoverSafeReads(dataSource);
  }

  async execute(articleId: string): Promise<Article> {
    const stored = await this.stored(articleId);
    if (stored.status === 'canceled') throw new ArticleKilled(articleId, stored.killNotice ?? '');
    return stored.document;
  }

  /** Every version, oldest first; a killed article's history is withdrawn with it. */
  async versions(articleId: string): Promise<Article[]> {
    await this.execute(articleId);
    const versions = await this.store.versionsOf(this.reads, articleId);
    return versions.map((v) => v.document);
  }

  private async stored(articleId: string): Promise<StoredArticle> {
    // Checked before any lookup: a NUL or a stray byte in the path must not reach Postgres or Redis.
    if (!isArticleId(articleId)) throw new InvalidArticleId(articleId);
    const stored = await this.cache.get(CacheKeys.article(this.config.database.schemaPrefix, articleId), 300, () =>
      this.store.find(this.reads, articleId),
    );
    if (!stored) throw new ArticleNotFound(articleId);
    return stored;
  }
}
