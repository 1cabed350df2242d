import Redis from 'ioredis';
import { testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { CacheAside } from './cache-aside';
import { redisOptions } from './redis-connection';

const quiet = { warn: () => undefined };

describe('CacheAside against the real Redis', () => {
  const prefix = uniqueRunPrefix('cache');
  let redis: Redis;

  beforeAll(async () => {
    // The options every service connects with, so these tests cover them;
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

  it('does not store what a load read before an invalidation that came while it ran', async () => {
    const cache = new CacheAside(redis, quiet);
    const key = `${prefix}:killed-meanwhile`;
    let reading!: () => void;
    const read = new Promise<void>((resolve) => (reading = resolve));
    let commit!: () => void;
    const committed = new Promise<void>((resolve) => (commit = resolve));
    // The miss reads the article as usable; the kill commits and invalidates; only then does the miss store.
    const miss = cache.get(key, 60, async () => {
      reading();
      await committed;
      return { status: 'usable' };
    });
    await read;
    await cache.invalidate(key);
    commit();

    expect(await miss).toEqual({ status: 'usable' }); // the request in flight answers what it read
    expect(await redis.get(key)).toBeNull(); // but the cache does not keep it past the kill
    expect(await cache.get(key, 60, async () => ({ status: 'canceled' }))).toEqual({ status: 'canceled' });
    expect(JSON.parse((await redis.get(key))!)).toEqual({ status: 'canceled' });
  });

  it('fences stored text the same way, and each of several keys invalidated together', async () => {
    const cache = new CacheAside(redis, quiet);
    const [a, b] = [`${prefix}:related-a`, `${prefix}:related-b`];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const started: Promise<void>[] = [];
    // A loader runs once its miss has noted the fence.
    const slow = (text: string) => {
      let began!: () => void;
      started.push(new Promise<void>((resolve) => (began = resolve)));
      return async () => (began(), await released, text);
    };
    const misses = [cache.getText(a, 60, slow('{"a":1}')), cache.getText(b, 60, slow('{"b":1}'))];
    await Promise.all(started);
    await cache.invalidateAll([a, b]);
    release();
    expect(await Promise.all(misses)).toEqual(['{"a":1}', '{"b":1}']);
    expect(await redis.mget(a, b)).toEqual([null, null]);
    expect(await cache.getText(a, 60, async () => '{"a":2}')).toBe('{"a":2}');
    expect(await redis.get(a)).toBe('{"a":2}');
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
