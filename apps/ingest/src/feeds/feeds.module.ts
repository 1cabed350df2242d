import { Logger, Module } from '@nestjs/common';
import { RedisModule } from '@news/cache';
import Redis from 'ioredis';
import { INGEST_CONFIG, IngestConfig } from '../ingest-config';
import { IngestDatabase } from '../ingest-database';
import { AdmitFeedRequestUseCase } from './admit-feed-request/admit-feed-request.use-case';
import { CreateFeedUseCase } from './create-feed/create-feed.use-case';
import { SecretBox } from './credentials/secret-box';
import { DisableFeedUseCase } from './disable-feed/disable-feed.use-case';
import { FeedsRepository } from './feeds.repository';
import { CLOCK, FEEDS_CONFIG, FEED_RATE_LIMITER, SECRET_BOX, SEEN_SIGNATURES } from './feeds.tokens';
import { RedisSeenSignatures } from './credentials/seen-signatures';
import { ListFeedsUseCase } from './list-feeds/list-feeds.use-case';
import { FixedWindowRateLimiter } from './rate-limit/fixed-window-rate-limiter';
import { RateLimitKeys } from './rate-limit/rate-limit-keys';
import { RedisRateCounter } from './rate-limit/redis-rate-counter';
import { RotateFeedKeyUseCase } from './rotate-feed-key/rotate-feed-key.use-case';

const USE_CASES = [
  AdmitFeedRequestUseCase,
  CreateFeedUseCase,
  RotateFeedKeyUseCase,
  DisableFeedUseCase,
  ListFeedsUseCase,
];

/** Who may post: the feeds table, their keys and their rate limits. */
@Module({
  imports: [IngestDatabase, RedisModule],
  providers: [
    FeedsRepository,
    ...USE_CASES,
    { provide: FEEDS_CONFIG, useFactory: (config: IngestConfig) => config.feeds, inject: [INGEST_CONFIG] },
    {
      provide: SECRET_BOX,
      useFactory: ({ feeds }: IngestConfig) => (feeds.secretKey ? new SecretBox(feeds.secretKey) : null),
      inject: [INGEST_CONFIG],
    },
    { provide: CLOCK, useValue: () => new Date() },
    { provide: FEED_RATE_LIMITER, useFactory: feedRateLimiter, inject: [Redis, INGEST_CONFIG] },
    {
      provide: SEEN_SIGNATURES,
      useFactory: (redis: Redis, config: IngestConfig) => {
        const log = new Logger('FeedSignatures');
        return new RedisSeenSignatures(redis, RateLimitKeys.namespace(config.database.schemaPrefix), (m) =>
          log.warn(m),
        );
      },
      inject: [Redis, INGEST_CONFIG],
    },
  ],
  exports: [...USE_CASES, FeedsRepository],
})
export class FeedsModule {}

function feedRateLimiter(redis: Redis, config: IngestConfig): FixedWindowRateLimiter {
  // ioredis prints every failed reconnect when no one listens for 'error'; the limiter
  // already warns (at most every 10 s) when it needs Redis and cannot have it.
  redis.on('error', () => undefined);
  return new FixedWindowRateLimiter(
    new RedisRateCounter(redis),
    (feed) => RateLimitKeys.feedWindow(config.database.schemaPrefix, feed),
    new Logger('FeedRateLimit'),
  );
}
