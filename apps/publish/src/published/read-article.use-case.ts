import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Article, isArticleId } from '@news/contracts';
import { CacheAside } from '@news/cache';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { CacheKeys } from './cache-keys';
import { PublishedArticle } from './published-article.entity';

export class ArticleNotFound extends Error {
  readonly code = 'ARTICLE_NOT_FOUND';
  constructor(readonly articleId: string) {
    super(`no published article has id ${articleId}`);
  }
}

export class InvalidArticleId extends Error {
  readonly code = 'INVALID_ARTICLE_ID';
  constructor(readonly value: string) {
    super(`"${value.slice(0, 64)}" is not an article id (32 lowercase hex digits)`);
  }
}

/** Reads a published article, from Redis when it can and Postgres when it must. */
@Injectable()
export class ReadArticleUseCase {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CacheAside) private readonly cache: CacheAside,
  ) {}

  async execute(articleId: string): Promise<Article> {
    // Checked before any lookup: a NUL or a stray byte in the path must not reach Postgres or Redis.
    if (!isArticleId(articleId)) throw new InvalidArticleId(articleId);
    const article = await this.cache.get(
      CacheKeys.article(this.config.database.schemaPrefix, articleId),
      300,
      async () => {
        const row = await this.dataSource.getRepository(PublishedArticle).findOneBy({ articleId });
        return row?.document ?? null;
      },
    );
    if (!article) throw new ArticleNotFound(articleId);
    return article;
  }
}
