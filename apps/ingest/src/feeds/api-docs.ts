import { DocumentBuilder } from '@nestjs/swagger';

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

export { ApiProblem, ApiProblems } from '@news/http';
