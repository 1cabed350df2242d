import { Body, Controller, Headers, HttpCode, Inject, Post, Res, applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiResponse, ApiTags, SchemaObject } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiProblems } from '../feeds/api-docs';
import { AuthenticatedFeed, FeedAccess } from '../feeds/admit-feed-request/feed-access.decorator';
import { AcceptedArticle } from './accept-article/accept-article.use-case';
import { IngestDocumentUseCase } from './ingest-document/ingest-document.use-case';

/** Feeds post articles here; 202 means the article is durable. */
@ApiTags('articles')
@Controller('v1/articles')
export class ArticlesController {
  constructor(@Inject(IngestDocumentUseCase) private readonly ingestDocument: IngestDocumentUseCase) {}

  @Post()
  @HttpCode(202)
  @FeedAccess()
  @ApiArticleIntake()
  async post(
    @Body() body: Buffer,
    @Headers('content-type') contentType: string | undefined,
    @AuthenticatedFeed() feed: string,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AcceptedArticle | { articles: AcceptedArticle[] }> {
    const { articles, queued } = await this.ingestDocument.execute({
      feed,
      body: Buffer.isBuffer(body) ? body : undefined,
      contentType,
      correlationId,
    });
    // A re-post of what is already stored, or duplicates only, queues nothing: a plain 200 with the ids.
    if (queued === 0) response.status(200);
    return articles.length === 1 ? articles[0] : { articles };
  }
}

/** The OpenAPI description of POST /v1/articles (a function declaration, so it is hoisted above the class that uses it). */
function ApiArticleIntake(): MethodDecorator {
  const accepted: SchemaObject = {
    type: 'object',
    properties: {
      articleId: { type: 'string', pattern: '^[0-9a-f]{32}$' },
      uri: { type: 'string' },
      version: { type: 'integer', minimum: 1 },
      outcome: { type: 'string', enum: ['created', 'new-version', 'unchanged', 'duplicate'] },
      duplicateOf: {
        type: 'string',
        pattern: '^[0-9a-f]{32}$',
        description: "Set when stored as a duplicate of another feed's article: the one published.",
      },
    },
  };
  const answer: SchemaObject = {
    oneOf: [accepted, { type: 'object', properties: { articles: { type: 'array', items: accepted } } }],
  };
  return applyDecorators(
    ApiOperation({
      summary: 'Post one document (one or more stories)',
      description:
        'The format is chosen by Content-Type and sniffed when there is none: page capture (text/plain), ninjs 1.x-3.x JSON, NITF 3.x, NewsML-G2, RSS/Atom.',
    }),
    ApiConsumes('text/plain', 'application/json', 'application/xml', 'application/rss+xml', 'application/atom+xml'),
    ApiHeader({
      name: 'X-Correlation-Id',
      required: false,
      description: "Carried on the article's events and in the logs.",
    }),
    ApiBody({
      description: 'The document exactly as the feed has it; signed feeds sign these bytes.',
      schema: { type: 'string', format: 'binary' },
    }),
    ApiResponse({ status: 202, description: 'Stored; its event will reach news.ingested.v1.', schema: answer }),
    ApiResponse({
      status: 200,
      description:
        'Nothing queued: a re-post of what is stored, or the same story another feed sent first (outcome "duplicate", duplicateOf its id).',
      schema: answer,
    }),
    ApiProblems(
      [400, 'Empty, not UTF-8, or not the format it claims.'],
      [413, 'Larger than MAX_BODY_BYTES.'],
      [415, 'A media type ingest cannot read.'],
      [422, 'No headline, no body or an impossible date.'],
    ),
  );
}
