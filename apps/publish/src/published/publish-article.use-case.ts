import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Article, ArticleEvent, ArticleEventTypes, Topics } from '@news/contracts';
import { CacheAside } from '@news/cache';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { StageOutput } from '@news/messaging';
import { CacheKeys } from './cache-keys';
import { PublishedArticle } from './published-article.entity';

/**
 * Stores the newest version of an article and announces it on
 * `news.published.v1`. The announcement commits with the consumer offset in
 * one Kafka transaction; its id is the article's id and version, so a
 * consumer can tell a version it has seen. An older version arriving late
 * (after a retry, say) is neither stored nor announced.
 */
@Injectable()
export class PublishArticleUseCase {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CacheAside) private readonly cache: CacheAside,
  ) {}

  async execute(event: ArticleEvent): Promise<StageOutput[]> {
    const article = event.article;
    const stored = await this.store(article);
    await this.cache.invalidate(CacheKeys.article(this.config.database.schemaPrefix, stored.articleId));
    if (Number(article.version) < stored.version) return [];
    return [
      {
        topic: Topics.published,
        event: {
          id: `${article.newsroom.articleId}.v${article.version}`,
          type: ArticleEventTypes.published,
          source: 'urn:newsroom:publish',
          article,
        },
      },
    ];
  }

  /** Inserts or replaces with a newer version, atomically; returns what is stored now. */
  private async store(article: Article): Promise<PublishedArticle> {
    const repository = this.dataSource.getRepository(PublishedArticle);
    const table = `"${repository.metadata.schema}"."${repository.metadata.tableName}"`;
    await this.dataSource.query(
      `INSERT INTO ${table} (article_id, version, document, published_at)
       VALUES ($1, $2, $3, now())
       ON CONFLICT (article_id) DO UPDATE
         SET version = EXCLUDED.version, document = EXCLUDED.document, published_at = now()
         WHERE ${table}.version < EXCLUDED.version`,
      [article.newsroom.articleId, Number(article.version), JSON.stringify(article)],
    );
    return repository.findOneByOrFail({ articleId: article.newsroom.articleId });
  }
}
