export * from './redis.module';
export * from './redis-connection';
export * from './cache-aside';
