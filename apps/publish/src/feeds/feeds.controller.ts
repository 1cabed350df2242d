import { Controller, Get, Inject, Next, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { ListArticlesUseCase } from '../articles/list-articles.use-case';
import { etagOfBody, ifNoneMatchHits, notModifiedSince, settledLastModified } from '../http/conditional-get';
import { isFrontCategory, isFrontLanguage } from '../pages/front-path';
import { PUBLISH_SETTINGS, PublishSettings } from '../publish-config';
import { FeedFormat, FeedScope, articleFeed } from './article-feed';
import { FeedStore } from './feed-store';

const FEED_SIZE = 50;
const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};
const FEED_FILE = /^([a-z0-9-]+)\.(rss|atom)$/;

/** `/feeds/{language}.rss|.atom` and `/feeds/{language}/{category}.rss|.atom`: the newest 50, newest first. */
@ApiExcludeController()
@Controller('feeds')
export class FeedsController {
  constructor(
    @Inject(ListArticlesUseCase) private readonly listArticles: ListArticlesUseCase,
    @Inject(FeedStore) private readonly store: FeedStore,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PUBLISH_SETTINGS) private readonly settings: PublishSettings,
  ) {}

  @Get(':file')
  language(
    @Param('file') file: string,
    @Req() request: Request,
    @Res() response: Response,
    @Next() next: NextFunction,
  ): Promise<void> | void {
    const [, language, format] = FEED_FILE.exec(file) ?? [];
    if (!language || !isFrontLanguage(language)) return next();
    return this.feed({ language }, format as FeedFormat, request, response);
  }

  @Get(':language/:file')
  category(
    @Param('language') language: string,
    @Param('file') file: string,
    @Req() request: Request,
    @Res() response: Response,
    @Next() next: NextFunction,
  ): Promise<void> | void {
    const [, category, format] = FEED_FILE.exec(file) ?? [];
    if (!isFrontLanguage(language) || !category || !isFrontCategory(category)) return next();
    return this.feed({ language, category }, format as FeedFormat, request, response);
  }

  private async feed(scope: FeedScope, format: FeedFormat, request: Request, response: Response): Promise<void> {
    const [{ items }, lastModified] = await Promise.all([
      this.listArticles.execute({ ...scope, limit: String(FEED_SIZE) }),
      this.store.lastChangeAt(this.dataSource, scope),
    ]);
    const body = articleFeed(items, scope, format, this.settings.site);
    const etag = etagOfBody(body);
    const settled = settledLastModified(lastModified);
    response.set({
      'Content-Type': CONTENT_TYPES[format],
      ETag: etag,
      ...(settled ? { 'Last-Modified': settled.toUTCString() } : {}),
      'Cache-Control': 'public, max-age=60',
      'X-Content-Type-Options': 'nosniff',
    });
    const ifNoneMatch = request.headers['if-none-match'];
    if (
      ifNoneMatchHits(ifNoneMatch, etag) ||
      notModifiedSince(request.headers['if-modified-since'], ifNoneMatch, lastModified)
    ) {
      response.status(304).end();
      return;
    }
    response.status(200).send(body);
  }
}
