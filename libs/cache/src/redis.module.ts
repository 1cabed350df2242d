import { Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { HealthModule, HealthRegistry } from '@news/http';
import { CacheAside } from './cache-aside';
import { openRedis } from './redis-connection';

@Injectable()
class RedisShutdown implements OnApplicationShutdown {
  constructor(@Inject(Redis) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** Redis away is "degraded", never "unready": its users fall back (publish to Postgres, rate limits let posts through). */
@Injectable()
class RedisReadiness {
  constructor(@Inject(Redis) redis: Redis, @Inject(HealthRegistry) health: HealthRegistry) {
    health.addReadiness({ name: 'redis', critical: false, check: async () => void (await redis.ping()) });
  }
}

/**
 * One Redis connection per process (a static module: every importer shares
 * it), opened as `openRedis` says.
 */
@Module({
  imports: [HealthModule],
  providers: [
    { provide: Redis, useFactory: connectRedis, inject: [SERVICE_CONFIG] },
    { provide: CacheAside, useFactory: (redis: Redis) => new CacheAside(redis, new Logger('Cache')), inject: [Redis] },
    RedisReadiness,
    RedisShutdown,
  ],
  exports: [Redis, CacheAside],
})
export class RedisModule {}

function connectRedis(c: ServiceConfig): Redis {
  const redis = openRedis(c.redis.url, c.service);
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
}
