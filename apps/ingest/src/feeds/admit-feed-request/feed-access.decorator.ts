import { ExecutionContext, UseGuards, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiHeader, ApiSecurity } from '@nestjs/swagger';
import { ApiProblem, FeedSecuritySchemes as S } from '../api-docs';
import { FeedAccessGuard, FeedAuthenticatedRequest } from './feed-access.guard';

/** Only an admitted feed reaches the handler (FeedAccessGuard), documented as such. */
export function FeedAccess(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseGuards(FeedAccessGuard),
    ApiSecurity({ [S.feedId]: [], [S.feedKey]: [] }),
    ApiSecurity({ [S.feedId]: [], [S.feedApiKey]: [] }),
    ApiHeader({
      name: 'X-Signature',
      required: false,
      description: 'Feeds that sign: `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`.',
    }),
    ApiHeader({
      name: 'X-Signature-Timestamp',
      required: false,
      description:
        'Feeds that sign: unix seconds; refused outside the replay window (FEED_REPLAY_WINDOW_SECONDS, 300 by default).',
    }),
    ApiProblem(401, 'No or wrong credentials, a bad signature, or a timestamp outside the replay window.'),
    ApiProblem(403, 'The feed is disabled.'),
    ApiProblem(429, "Over the feed's requests per minute.", {
      'Retry-After': { description: 'Seconds until the window resets.', schema: { type: 'integer' } },
    }),
  );
}

/** The feed FeedAccessGuard admitted the request as. */
export const AuthenticatedFeed = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const feed = context.switchToHttp().getRequest<FeedAuthenticatedRequest>().feed;
  if (!feed) throw new Error('@AuthenticatedFeed() on a route without @FeedAccess()');
  return feed;
});
