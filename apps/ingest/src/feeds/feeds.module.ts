import { DynamicModule, Logger, Module } from '@nestjs/common';
import Redis from 'ioredis';
import type { IngestConfig } from '../ingest-config';
import { FeedsAdminController } from './admin/feeds-admin.controller';
import { AdmitFeedRequestUseCase } from './admit-feed-request/admit-feed-request.use-case';
import { CreateFeedUseCase } from './create-feed/create-feed.use-case';
import { SecretBox } from './credentials/secret-box';
import { DisableFeedUseCase } from './disable-feed/disable-feed.use-case';
import { FeedsRepository } from './feeds.repository';
import { CLOCK, FEEDS_CONFIG, FEED_RATE_LIMITER, SECRET_BOX } from './feeds.tokens';
import { ListFeedsUseCase } from './list-feeds/list-feeds.use-case';
import { FixedWindowRateLimiter } from './rate-limit/fixed-window-rate-limiter';
import { RateLimitKeys } from './rate-limit/rate-limit-keys';
import { RedisRateCounter } from './rate-limit/redis-rate-counter';
import { RotateFeedKeyUseCase } from './rotate-feed-key/rotate-feed-key.use-case';

/**
 * Who may post. Global, because FeedAccessGuard is instantiated in the
 * module of each controller that uses @FeedAccess() (today ArticlesModule),
 * which should not need to know how feeds are wired. Needs RedisModule and
 * the PersistenceModule (the feeds table) from the app module.
 */
@Module({})
export class FeedsModule {
  static forConfig(config: IngestConfig): DynamicModule {
    const useCases = [
      AdmitFeedRequestUseCase,
      CreateFeedUseCase,
      RotateFeedKeyUseCase,
      DisableFeedUseCase,
      ListFeedsUseCase,
    ];
    return {
      module: FeedsModule,
      global: true,
      // No ADMIN_TOKEN, no admin API at all (404), rather than one nobody can open.
      controllers: config.feeds.adminToken ? [FeedsAdminController] : [],
      providers: [
        FeedsRepository,
        ...useCases,
        { provide: FEEDS_CONFIG, useValue: config.feeds },
        { provide: SECRET_BOX, useValue: config.feeds.secretKey ? new SecretBox(config.feeds.secretKey) : null },
        { provide: CLOCK, useValue: () => new Date() },
        {
          provide: FEED_RATE_LIMITER,
          useFactory: (redis: Redis) => {
            // ioredis prints every failed reconnect when no one listens for 'error'; the limiter
            // already warns (at most every 10 s) when it needs Redis and cannot have it.
            redis.on('error', () => undefined);
            return new FixedWindowRateLimiter(
              new RedisRateCounter(redis),
              (feed) => RateLimitKeys.feedWindow(config.database.schemaPrefix, feed),
              new Logger('FeedRateLimit'),
            );
          },
          inject: [Redis],
        },
      ],
      exports: useCases,
    };
  }
}
