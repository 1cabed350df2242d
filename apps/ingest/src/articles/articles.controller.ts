import { Body, Controller, Headers, HttpCode, Inject, Post, Res, applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiResponse, ApiTags, SchemaObject } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiProblem, ApiProblems } from '../feeds/api-docs';
import { AdmitFeedRequestUseCase } from '../feeds/admit-feed-request/admit-feed-request.use-case';
import { AuthenticatedFeed, FeedAccess } from '../feeds/admit-feed-request/feed-access.decorator';
import { AcceptedArticle } from './accept-article/accept-article.use-case';
import { ItemOutcome } from './ingest-document/ingest-document';
import { IngestDocumentUseCase } from './ingest-document/ingest-document.use-case';

/** A refused item as the 207 answer lists it. */
export interface RefusedItemAnswer {
  index: number;
  guid?: string;
  outcome: 'refused';
  code: string;
  message: string;
  pointer?: string;
}

export type IntakeAnswer =
  AcceptedArticle | { articles: AcceptedArticle[] } | { items: Array<AcceptedArticle | RefusedItemAnswer> };

/**
 * Feeds post articles here; 202 means the stories are durable, 200 that
 * nothing new was queued, 207 that some items of a feed were stored and
 * others refused (the body says which).
 */
@ApiTags('articles')
@Controller('v1/articles')
export class ArticlesController {
  constructor(
    @Inject(IngestDocumentUseCase) private readonly ingestDocument: IngestDocumentUseCase,
    @Inject(AdmitFeedRequestUseCase) private readonly admitFeed: AdmitFeedRequestUseCase,
  ) {}

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
  ): Promise<IntakeAnswer> {
    const { articles, refused, items, queued } = await this.ingestDocument.execute(
      { feed, body: Buffer.isBuffer(body) ? body : undefined, contentType, correlationId },
      (stories) => this.admitFeed.chargeStories(feed, stories),
    );
    // Some items stored, some refused: one status cannot say both, so each item says its own.
    if (refused.length > 0) {
      response.status(207);
      return { items: items.map(answerOf) };
    }
    // A re-post of what is already stored, or duplicates only, queues nothing: a plain 200 with the ids.
    if (queued === 0) response.status(200);
    return articles.length === 1 ? articles[0] : { articles };
  }
}

function answerOf(item: ItemOutcome): AcceptedArticle | RefusedItemAnswer {
  if ('accepted' in item) return item.accepted;
  const { index, guid, code, message, pointer } = item.refused;
  return { index, guid, outcome: 'refused', code, message, pointer };
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
  const refused: SchemaObject = {
    type: 'object',
    required: ['index', 'outcome', 'code', 'message'],
    properties: {
      index: { type: 'integer', minimum: 0, description: "The item's position in the document, counted from 0." },
      guid: {
        type: 'string',
        description: "The item's own id (guid, rdf:about or link; Atom id; G2 guid), when it has one.",
      },
      outcome: { type: 'string', enum: ['refused'] },
      code: {
        type: 'string',
        example: 'UNUSABLE',
        description: 'The intake code, as a whole-document refusal has it.',
      },
      message: { type: 'string' },
      pointer: { type: 'string', example: '/rss/channel/item[3]/description' },
    },
  };
  const mixed: SchemaObject = {
    type: 'object',
    required: ['items'],
    properties: { items: { type: 'array', items: { oneOf: [accepted, refused] } } },
  };
  return applyDecorators(
    ApiOperation({
      summary: 'Post one document (one or more stories)',
      description:
        'The format is chosen by Content-Type and sniffed when there is none: page capture (text/plain), ninjs 1.x-3.x JSON, NITF 3.x, NewsML-G2, RSS 2.0, RSS 1.0 (RDF), Atom. An unusable item of a feed or newsMessage is refused on its own (207).',
    }),
    ApiConsumes(
      'text/plain',
      'application/json',
      'application/xml',
      'application/rss+xml',
      'application/rdf+xml',
      'application/atom+xml',
    ),
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
    ApiResponse({
      status: 207,
      description:
        'A feed or newsMessage of which some items were stored and some refused: every item in document order, a stored one as in a 202/200 answer, a refused one with outcome "refused" and the reason. Nothing refused means a 202 or 200 as usual.',
      schema: mixed,
    }),
    ApiProblems(
      [400, 'Empty, in an encoding that cannot be told, or not the format it claims.'],
      [413, 'Larger than MAX_BODY_BYTES.'],
      [415, 'A media type ingest cannot read.'],
      [422, 'No headline, no body or an impossible date (for a feed or newsMessage: in every one of its items).'],
    ),
    ApiProblem(503, 'INGEST_MAX_IN_FLIGHT posts are already in flight: nothing of this one was read or stored.', {
      'Retry-After': { description: 'Seconds to wait before posting again.', schema: { type: 'integer' } },
    }),
  );
}
