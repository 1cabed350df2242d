import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { CacheAside, openRedis } from '@news/cache';
import { loadServiceConfig } from '@news/config';
import { openServiceDataSource, schemaName } from '@news/persistence';
import { loadPublishSettings } from '../../apps/publish/src/publish-config';
import { PublishedArticle } from '../../apps/publish/src/published/published-article.entity';
import { PublishedStore } from '../../apps/publish/src/published/published-store';
import { FindRelatedUseCase } from '../../apps/publish/src/related/find-related.use-case';
import { RelatedCache } from '../../apps/publish/src/related/related-cache';
import { Lookup } from './lookup-load';

/**
 * publish's related-news lookup called directly, in the bench's process,
 * against the run's own Postgres schema and Redis namespace (bench.sh's
 * PG_SCHEMA_PREFIX): the cache-aside path without HTTP in front of it.
 */
export interface InProcessRelated {
  lookup: Lookup;
  /** Drops the cached answers of these articles, so the next lookups compute. */
  forget(articleIds: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export async function openInProcessRelated(schemaPrefix: string): Promise<InProcessRelated> {
  const env = { ...process.env, PG_SCHEMA_PREFIX: schemaPrefix };
  const config = loadServiceConfig('publish', 0, env);
  const schema = schemaName(schemaPrefix, 'publish');
  const dataSource = await openServiceDataSource({
    url: config.database.url,
    schema,
    entities: [PublishedArticle],
    migrations: [],
    migrate: false,
  });
  const redis = openRedis(config.redis.url, 'bench-related');
  await whenReady(redis);
  const log = new Logger('BenchRelated');
  const cache = new RelatedCache(
    redis,
    new CacheAside(redis, log),
    schemaPrefix,
    loadPublishSettings(env).relatedTtlSeconds,
    log,
  );
  const findRelated = new FindRelatedUseCase(dataSource, new PublishedStore(schema), cache);
  return {
    lookup: async (id) => ({ ok: true, hit: (await findRelated.serve(id)).cached }),
    forget: (ids) => cache.forget(ids),
    close: () => closeBoth(redis, dataSource),
  };
}

function whenReady(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    redis.once('ready', () => resolve());
    redis.once('error', reject);
  });
}

async function closeBoth(redis: Redis, dataSource: DataSource): Promise<void> {
  await redis.quit().catch(() => redis.disconnect());
  await dataSource.destroy();
}
