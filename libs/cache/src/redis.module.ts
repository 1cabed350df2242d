import { DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { ReadinessCheck } from '@news/http';

@Injectable()
class RedisShutdown implements OnApplicationShutdown {
  constructor(@Inject(Redis) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export const REDIS_READINESS = Symbol('REDIS_READINESS');

/**
 * One Redis connection per process. Commands fail fast while Redis is down
 * (no offline queue), so callers fall back to Postgres instead of waiting.
 */
@Global()
@Module({})
export class RedisModule {
  static forRoot(): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        {
          provide: Redis,
          useFactory: (c: ServiceConfig) => {
            const redis = new Redis(c.redis.url, {
              maxRetriesPerRequest: 1,
              enableOfflineQueue: false,
              lazyConnect: false,
              connectionName: c.service,
            });
            // Redis away is a degraded state, not a crash: callers fall back, and this says so once per outage.
            const log = new Logger('Redis');
            let down = false;
            redis.on('error', (error: Error) => {
              if (!down) log.warn(`redis unavailable: ${error.message}`);
              down = true;
            });
            redis.on('ready', () => {
              if (down) log.log('redis is back');
              down = false;
            });
            return redis;
          },
          inject: [SERVICE_CONFIG],
        },
        {
          provide: REDIS_READINESS,
          useFactory: (redis: Redis): ReadinessCheck => ({
            name: 'redis',
            critical: false,
            check: async () => void (await redis.ping()),
          }),
          inject: [Redis],
        },
        RedisShutdown,
      ],
      exports: [Redis, REDIS_READINESS],
    };
  }
}
