import { DocumentBuilder, SchemaObject } from '@nestjs/swagger';
import { apiProblemsWith, problemSchema } from '@news/http';

/** The desk's security scheme in translate-queue's OpenAPI document. */
export const DESK_TOKEN = 'deskToken';

export function withDeskSecurity(builder: DocumentBuilder): DocumentBuilder {
  return builder.addBearerAuth(
    {
      type: 'http',
      scheme: 'bearer',
      description: 'The token from POST /v1/auth/login: `Authorization: Bearer <token>`.',
    },
    DESK_TOKEN,
  );
}

/** RFC 9457 as every service writes it; a lease refusal names its code, a QA refusal adds `failures`. */
export const ApiProblems = apiProblemsWith(
  problemSchema({
    code: { type: 'string', example: 'LEASE_HELD' },
    failures: {
      type: 'array',
      description: 'On 422 from submit: each blocking QA failure.',
      items: {
        type: 'object',
        required: ['check', 'message'],
        properties: { check: { type: 'string' }, message: { type: 'string' }, paragraph: { type: 'integer' } },
      },
    },
  }),
);

export const JOB_SUMMARY_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['id', 'articleId', 'sourceLanguage', 'targetLanguage', 'state', 'headline', 'priority', 'dueAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    articleId: { type: 'string' },
    sourceLanguage: { type: 'string', example: 'ar' },
    targetLanguage: { type: 'string', example: 'en' },
    state: { enum: ['open', 'claimed', 'submitted', 'in-review', 'approved', 'returned', 'canceled'] },
    headline: { type: 'string' },
    priority: { type: 'integer', minimum: 1, maximum: 4, description: '1 most pressing' },
    priorityName: { enum: ['flash', 'high', 'normal', 'low'] },
    dueAt: { type: 'string', format: 'date-time' },
    overdue: { type: 'boolean' },
    createdAt: { type: 'string', format: 'date-time' },
    ageSeconds: { type: 'integer' },
    sourceVersion: { type: 'integer' },
    sourceChanged: { type: 'boolean' },
    machineMade: { type: 'boolean' },
    hasDraft: { type: 'boolean' },
    translator: { type: 'object', nullable: true },
    editor: { type: 'object', nullable: true },
    leaseHolder: { type: 'object', nullable: true },
    leaseExpiresAt: { type: 'string', format: 'date-time', nullable: true },
  },
};

export const JOB_DETAIL_SCHEMA: SchemaObject = {
  allOf: [
    JOB_SUMMARY_SCHEMA,
    {
      type: 'object',
      properties: {
        source: {
          type: 'object',
          description: 'headline, paragraphs, credits, version and uri of the newest original',
        },
        base: { type: 'object', nullable: true, description: 'the version the translator works from, when older' },
        diff: { type: 'array', nullable: true, items: { type: 'object' }, description: 'paragraph diff base → newest' },
        draft: { type: 'object', nullable: true },
        qa: { type: 'array', items: { type: 'object' } },
        glossaryHints: { type: 'array', items: { type: 'object' } },
        audit: { type: 'array', items: { type: 'object' } },
        comments: { type: 'array', items: { type: 'object' } },
        allowedActions: { type: 'array', items: { type: 'string' } },
        approvedAgainstOlderSource: { type: 'boolean' },
        translation: { type: 'object', nullable: true },
      },
    },
  ],
};
