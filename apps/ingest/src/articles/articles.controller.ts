import { Body, Controller, Headers, HttpCode, Inject, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { INGEST_CONFIG, IngestConfig } from '../ingest-config';
import { parseDocument } from '../formats/parse-document';
import { AcceptArticleUseCase, AcceptedArticle } from './accept-article/accept-article.use-case';

/** Feeds post articles here; 202 means the article is durable. */
@Controller('v1/articles')
export class ArticlesController {
  constructor(
    @Inject(AcceptArticleUseCase) private readonly acceptArticle: AcceptArticleUseCase,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  @Post()
  @HttpCode(202)
  async post(
    @Body() body: Buffer,
    @Headers('content-type') contentType: string | undefined,
    @Headers('x-feed') feed: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AcceptedArticle | { articles: AcceptedArticle[] }> {
    const stories = parseDocument(Buffer.isBuffer(body) ? body : undefined, contentType, { timeZone: this.config.feedTimeZone });
    const accepted: AcceptedArticle[] = [];
    for (const parsed of stories) {
      accepted.push(await this.acceptArticle.execute({ feed: feed?.trim() || this.config.defaultFeed, parsed, correlationId }));
    }
    // A re-post of what is already stored queues nothing: a plain 200 with the existing ids.
    if (accepted.every((a) => a.outcome === 'unchanged')) response.status(200);
    return accepted.length === 1 ? accepted[0] : { articles: accepted };
  }
}
