export * from './redis.module';
export * from './cache-aside';
