import Redis from 'ioredis';
import { testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { CacheAside } from './cache-aside';
import { redisOptions } from './redis-connection';

const quiet = { warn: () => undefined };

describe('CacheAside against the real Redis', () => {
  const prefix = uniqueRunPrefix('cache');
  let redis: Redis;

  beforeAll(async () => {
    // The options every service connects with (auto-pipelining included), so these tests cover them;
    // with no offline queue a command before 'ready' fails, as it would in a service.
    redis = new Redis(testInfrastructure.redisUrl, redisOptions('cache-aside-test'));
    await new Promise((resolve, reject) => redis.once('ready', resolve).once('error', reject));
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('loads once, then answers from Redis until the key is invalidated', async () => {
    const cache = new CacheAside(redis, quiet);
    let loads = 0;
    const load = async () => ({ headline: `version ${++loads}` });
    const key = `${prefix}:article`;

    expect(await cache.get(key, 60, load)).toEqual({ headline: 'version 1' });
    expect(await cache.get(key, 60, load)).toEqual({ headline: 'version 1' });
    expect(await redis.ttl(key)).toBeGreaterThan(0);
    await cache.invalidate(key);
    expect(await cache.get(key, 60, load)).toEqual({ headline: 'version 2' });
    expect(loads).toBe(2);
  });

  it('hands back the stored text itself, loading it once', async () => {
    const cache = new CacheAside(redis, quiet);
    let loads = 0;
    const body = '{"uri":"urn:newsroom:article:1","items":[{"headline":"قصف على ريف إدلب"}]}';
    const load = async () => {
      loads++;
      return body;
    };
    const key = `${prefix}:text`;

    expect(await cache.getText(key, 60, load)).toBe(body);
    expect(await cache.getText(key, 60, load)).toBe(body);
    expect(await redis.get(key)).toBe(body);
    expect(await redis.ttl(key)).toBeGreaterThan(0);
    expect(loads).toBe(1);
  });

  it('caches no "not found", so an article that arrives later is found', async () => {
    const cache = new CacheAside(redis, quiet);
    let stored: { headline: string } | null = null;
    const key = `${prefix}:missing`;

    expect(await cache.get(key, 60, async () => stored)).toBeNull();
    stored = { headline: 'arrived' };
    expect(await cache.get(key, 60, async () => stored)).toEqual({ headline: 'arrived' });
  });

  it('answers from the source, correctly, when Redis is away', async () => {
    const away = new Redis('redis://127.0.0.1:1', {
      ...redisOptions('cache-aside-test'),
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    const warnings: string[] = [];
    const cache = new CacheAside(away, { warn: (m) => void warnings.push(m) });
    try {
      expect(await cache.get(`${prefix}:x`, 60, async () => ({ headline: 'from Postgres' }))).toEqual({
        headline: 'from Postgres',
      });
      expect(await cache.getText(`${prefix}:y`, 60, async () => '{"from":"Postgres"}')).toBe('{"from":"Postgres"}');
      await cache.invalidate(`${prefix}:x`);
      expect(warnings.length).toBeGreaterThan(0);
    } finally {
      away.disconnect();
    }
  });
});
