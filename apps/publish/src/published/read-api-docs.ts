import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags, SchemaObject } from '@nestjs/swagger';
import { NEWSROOM_SCHEMA_ID } from '@news/contracts';
import { ApiProblems } from '@news/http';

/**
 * The read API in publish's OpenAPI document. The article itself is the
 * contract's ninjs item; its JSON Schema (2020-12, which OpenAPI 3.0 cannot
 * hold) is named, and served in full in /asyncapi.json.
 */
const ARTICLE: SchemaObject = {
  type: 'object',
  description: `An IPTC ninjs 3.1 item with the newsroom extension; JSON Schema ${NEWSROOM_SCHEMA_ID} (in /asyncapi.json).`,
  required: ['uri', 'version', 'language', 'headlines', 'bodies', 'versionCreated', 'newsroom'],
  additionalProperties: true,
};

const ARTICLE_ID = ApiParam({
  name: 'id',
  description: 'The article id: 32 lowercase hex digits.',
  example: '0'.repeat(32),
});

const ARTICLE_ERRORS: [number, string][] = [
  [400, 'not an article id'],
  [404, 'no published article has this id'],
  [410, 'the article was killed; the problem carries its notice'],
];

export function ApiListArticles(): MethodDecorator {
  const filter = (name: string, description: string) => ApiQuery({ name, required: false, description });
  return applyDecorators(
    ApiTags('articles'),
    ApiOperation({ summary: 'Published articles, newest first by first publication, paged by cursor' }),
    filter('language', 'BCP 47 tag, e.g. `ar`, `en`'),
    filter('category', 'category code, e.g. `military`'),
    filter('place', "a place id from enrich (e.g. `geonames:169389`) or the place's uri"),
    filter('organisation', 'an organisation id from enrich (e.g. `wikidata:Q...`) or its uri'),
    filter('since', 'ISO 8601 date-time: versions created at or after it'),
    filter('q', 'full-text search over Arabic and English (Postgres full text, websearch syntax)'),
    filter('cursor', '`nextCursor` of the previous page; stable under inserts'),
    filter('limit', '1 to 100, default 20'),
    ApiOkResponse({
      schema: {
        type: 'object',
        required: ['items', 'nextCursor'],
        properties: { items: { type: 'array', items: ARTICLE }, nextCursor: { type: 'string', nullable: true } },
      },
    }),
    ApiProblems([400, 'a filter, the cursor or the limit is not valid']),
  );
}

export function ApiReadArticle(): MethodDecorator {
  return applyDecorators(
    ApiTags('articles'),
    ApiOperation({ summary: 'The current version of one article, with an ETag' }),
    ARTICLE_ID,
    ApiOkResponse({
      schema: ARTICLE,
      headers: { ETag: { description: 'strong validator', schema: { type: 'string' } } },
    }),
    ApiResponse({ status: 304, description: 'If-None-Match named the current ETag' }),
    ApiProblems(...ARTICLE_ERRORS),
  );
}

export function ApiArticleVersions(): MethodDecorator {
  return applyDecorators(
    ApiTags('articles'),
    ApiOperation({ summary: 'Every published version of one article, oldest first' }),
    ARTICLE_ID,
    ApiOkResponse({ schema: { type: 'object', properties: { items: { type: 'array', items: ARTICLE } } } }),
    ApiProblems(...ARTICLE_ERRORS),
  );
}

export function ApiRelatedNews(): MethodDecorator {
  const item: SchemaObject = {
    type: 'object',
    required: ['uri', 'headline', 'language', 'score', 'why'],
    properties: {
      uri: { type: 'string', example: 'urn:newsroom:article:0123456789abcdef0123456789abcdef' },
      headline: { type: 'string' },
      language: { type: 'string' },
      score: { type: 'number' },
      why: {
        type: 'array',
        items: { type: 'string' },
        description:
          'why it is related: the five rarest facts it shares (then how many more), similar text, close in time',
      },
    },
  };
  return applyDecorators(
    ApiTags('articles'),
    ApiOperation({ summary: "An article's related news, from Redis when cached" }),
    ARTICLE_ID,
    ApiOkResponse({
      schema: { type: 'object', properties: { uri: { type: 'string' }, items: { type: 'array', items: item } } },
      headers: {
        'X-Cache': { description: '`hit` when Redis had the answer, else `miss`', schema: { type: 'string' } },
      },
    }),
    ApiProblems(...ARTICLE_ERRORS),
  );
}
