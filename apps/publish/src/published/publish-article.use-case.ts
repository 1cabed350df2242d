import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Article, ArticleEvent, ArticleEventTypes, Topics } from '@news/contracts';
import { CacheAside } from '@news/cache';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { ArticleEventProducer } from '@news/messaging';
import { CacheKeys } from './cache-keys';
import { PublishedArticle } from './published-article.entity';

/**
 * Stores the newest version of an article, then announces it on
 * `news.published.v1`. An older or already-announced version is ignored, so
 * a redelivered event has no second effect; a crash between storing and
 * announcing is finished by the redelivery.
 */
@Injectable()
export class PublishArticleUseCase {
  private readonly cache: CacheAside;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ArticleEventProducer) private readonly producer: ArticleEventProducer,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(Redis) redis: Redis,
  ) {
    this.cache = new CacheAside(redis, new Logger('Cache'));
  }

  async execute(event: ArticleEvent): Promise<void> {
    const article = event.article;
    const stored = await this.store(article);
    if (Number(article.version) < stored.version || stored.announced) return;
    await this.producer.send(Topics.published, [
      { id: `${article.newsroom.articleId}.v${article.version}`, type: ArticleEventTypes.published, source: 'urn:newsroom:publish', article, correlationId: event.correlationId },
    ]);
    await this.dataSource.getRepository(PublishedArticle).update({ articleId: stored.articleId, version: stored.version }, { announced: true });
    await this.cache.invalidate(CacheKeys.article(this.config.database.schemaPrefix, stored.articleId));
  }

  /** Inserts or replaces with a newer version, atomically; returns what is stored now. */
  private async store(article: Article): Promise<PublishedArticle> {
    const repository = this.dataSource.getRepository(PublishedArticle);
    const table = `"${repository.metadata.schema}"."${repository.metadata.tableName}"`;
    await this.dataSource.query(
      `INSERT INTO ${table} (article_id, version, document, announced, published_at)
       VALUES ($1, $2, $3, false, now())
       ON CONFLICT (article_id) DO UPDATE
         SET version = EXCLUDED.version, document = EXCLUDED.document, announced = false, published_at = now()
         WHERE ${table}.version < EXCLUDED.version`,
      [article.newsroom.articleId, Number(article.version), JSON.stringify(article)],
    );
    return repository.findOneByOrFail({ articleId: article.newsroom.articleId });
  }
}
