import Redis, { RedisOptions } from 'ioredis';

/**
 * How every service connects to Redis. Commands fail fast while Redis is
 * down (no offline queue, one retry), so callers fall back to Postgres
 * instead of waiting.
 */
export function redisOptions(connectionName: string): RedisOptions {
  return {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: false,
    connectionName,
  };
}

export function openRedis(url: string, connectionName: string): Redis {
  return new Redis(url, redisOptions(connectionName));
}
