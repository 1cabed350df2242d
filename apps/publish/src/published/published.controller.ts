import { Controller, Get, Header, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { Article, ArticleEvent, Topics } from '@news/contracts';
import { StageOutput } from '@news/messaging';
import { ArticlePage, ListArticlesQuery, ListArticlesUseCase } from '../articles/list-articles.use-case';
import { ifNoneMatchHits } from '../http/conditional-get';
import { FindRelatedUseCase } from '../related/find-related.use-case';
import { PublishArticleUseCase } from './publish-article.use-case';
import { ApiArticleVersions, ApiListArticles, ApiReadArticle, ApiRelatedNews } from './read-api-docs';
import { ReadArticleUseCase } from './read-article.use-case';

const JSON_UTF8 = 'application/json; charset=utf-8';
/** Readers may keep an article a minute and serve it stale while they revalidate with its ETag. */
const ARTICLE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=30';

@Controller()
export class PublishedController {
  constructor(
    @Inject(PublishArticleUseCase) private readonly publishArticle: PublishArticleUseCase,
    @Inject(ReadArticleUseCase) private readonly readArticle: ReadArticleUseCase,
    @Inject(ListArticlesUseCase) private readonly listArticles: ListArticlesUseCase,
    @Inject(FindRelatedUseCase) private readonly findRelated: FindRelatedUseCase,
  ) {}

  @EventPattern(Topics.enriched)
  onEnriched(@Payload() event: ArticleEvent): Promise<StageOutput[]> {
    return this.publishArticle.execute(event);
  }

  @Get('v1/articles')
  @ApiListArticles()
  @Header('content-type', JSON_UTF8)
  list(@Query() query: ListArticlesQuery): Promise<ArticlePage> {
    return this.listArticles.execute(query);
  }

  @Get('v1/articles/:id')
  @ApiReadArticle()
  @Header('content-type', JSON_UTF8)
  async read(
    @Param('id') id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Article | undefined> {
    const article = await this.readArticle.execute(id);
    const etag = etagOf(article);
    response.setHeader('ETag', etag);
    response.setHeader('Cache-Control', ARTICLE_CACHE_CONTROL);
    if (ifNoneMatchHits(ifNoneMatch, etag)) {
      response.status(304);
      return undefined;
    }
    return article;
  }

  @Get('v1/articles/:id/versions')
  @ApiArticleVersions()
  @Header('content-type', JSON_UTF8)
  async versions(@Param('id') id: string): Promise<{ items: Article[] }> {
    return { items: await this.readArticle.versions(id) };
  }

  @Get('v1/articles/:id/related')
  @ApiRelatedNews()
  @Header('content-type', JSON_UTF8)
  async related(@Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    // The JSON text as Redis holds it (a RelatedAnswer): Express sends a string as is, with no re-serialising.
    const { json, cached } = await this.findRelated.serve(id);
    response.setHeader('X-Cache', cached ? 'hit' : 'miss');
    return json;
  }
}

/** A strong validator: the version and a digest of exactly what is served. */
export function etagOf(article: Article): string {
  const digest = createHash('sha256').update(JSON.stringify(article)).digest('base64url').slice(0, 16);
  return `"v${article.version}-${digest}"`;
}
