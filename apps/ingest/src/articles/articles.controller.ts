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
  ): Promise<AcceptedArticle> {
    const parsed = parseDocument(Buffer.isBuffer(body) ? body : undefined, contentType, { timeZone: this.config.feedTimeZone });
    const accepted = await this.acceptArticle.execute({ feed: feed?.trim() || this.config.defaultFeed, parsed, correlationId });
    // A re-post of the same version queues nothing: it is a plain 200 with the existing id.
    if (accepted.outcome === 'unchanged') response.status(200);
    return accepted;
  }
}
