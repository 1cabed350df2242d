import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { INGEST_CONFIG, IngestConfig } from '../../ingest-config';
import { FeedAccessError } from '../feed-errors';
import { AdmitFeedRequestUseCase } from './admit-feed-request.use-case';

/** A request the guard has let through, with the feed it was admitted as. */
export interface FeedAuthenticatedRequest extends Request {
  feed?: string;
}

/**
 * The HTTP edge of "who may post": reads the credentials from the headers and
 * the raw body (express.raw has run before any guard), asks the use case, and
 * records the admitted feed on the request for @AuthenticatedFeed(). The
 * refusal stays a FeedAccessError for the problem mapper; only the headers a
 * status needs (Retry-After, WWW-Authenticate) are set here.
 *
 * FEED_AUTH=off (local experiments only) admits everything, as the feed the
 * request names (X-Feed-Id, or the old X-Feed) or DEFAULT_FEED.
 */
@Injectable()
export class FeedAccessGuard implements CanActivate {
  constructor(
    @Inject(AdmitFeedRequestUseCase) private readonly admit: AdmitFeedRequestUseCase,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FeedAuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    if (this.config.feeds.auth === 'off') {
      request.feed = header(request, 'x-feed-id') ?? header(request, 'x-feed') ?? this.config.defaultFeed;
      return true;
    }
    try {
      const admitted = await this.admit.execute({
        feedId: header(request, 'x-feed-id'),
        key: bearerToken(request) ?? header(request, 'x-api-key'),
        signature: header(request, 'x-signature'),
        timestamp: header(request, 'x-signature-timestamp'),
        contentType: header(request, 'content-type'),
        body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
      });
      request.feed = admitted.name;
      response.setHeader('RateLimit-Limit', admitted.rateLimitPerMinute);
      if (admitted.remaining !== null) response.setHeader('RateLimit-Remaining', admitted.remaining);
      return true;
    } catch (error) {
      if (error instanceof FeedAccessError) {
        if (error.code === 'RATE_LIMITED' && error.retryAfterSeconds)
          response.setHeader('Retry-After', error.retryAfterSeconds);
        if (error.code === 'UNAUTHENTICATED') response.setHeader('WWW-Authenticate', 'Bearer realm="ingest"');
      }
      throw error;
    }
  }
}

function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

/** The key of `Authorization: Bearer <key>`. */
export function bearerToken(request: Request): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header(request, 'authorization') ?? '')?.[1];
}
