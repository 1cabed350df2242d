import { applyDecorators } from '@nestjs/common';
import { ApiResponse, DocumentBuilder, SchemaObject } from '@nestjs/swagger';

/**
 * OpenAPI pieces the feeds feature contributes to ingest's document: how a
 * feed proves who it is, and the problem+json body every refusal carries.
 */
export const FeedSecuritySchemes = {
  feedId: 'feedId',
  feedKey: 'feedKey',
  feedApiKey: 'feedApiKey',
  adminToken: 'adminToken',
} as const;

export function withFeedSecuritySchemes(builder: DocumentBuilder): DocumentBuilder {
  return builder
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-Feed-Id',
        description: 'The feed name, as registered with `npm run feeds -- create <name>`.',
      },
      FeedSecuritySchemes.feedId,
    )
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'The feed key: `Authorization: Bearer <key>`.' },
      FeedSecuritySchemes.feedKey,
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-Api-Key',
        description: 'The feed key, for clients that cannot send Authorization.',
      },
      FeedSecuritySchemes.feedApiKey,
    )
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN: `Authorization: Bearer <token>`.' },
      FeedSecuritySchemes.adminToken,
    );
}

/** RFC 9457, as ProblemDetailsFilter writes it. */
const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri', example: 'https://newsroom.example/problems/unauthenticated' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    pointer: { type: 'string', description: 'The field or line at fault, when one is known.' },
  },
};

/** A refusal documented as application/problem+json. */
export function ApiProblem(
  status: number,
  description: string,
  headers?: Record<string, { description: string; schema: { type: 'integer' | 'string' } }>,
): MethodDecorator & ClassDecorator {
  return ApiResponse({
    status,
    description,
    ...(headers ? { headers } : {}),
    content: { 'application/problem+json': { schema: PROBLEM_SCHEMA } },
  });
}

export function ApiProblems(...problems: [number, string][]): MethodDecorator & ClassDecorator {
  return applyDecorators(...problems.map(([status, description]) => ApiProblem(status, description)));
}
