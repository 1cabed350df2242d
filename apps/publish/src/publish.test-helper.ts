import Redis from 'ioredis';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Article, ArticleEvent, ArticleEventTypes, articleIdFor } from '@news/contracts';
import { anArticle, testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { CacheAside } from '@news/cache';
import { ServiceConfig, loadServiceConfig } from '@news/config';
import { createKafka, pipelineTopicSpecs, provisionTopics, withAdmin } from '@news/messaging';
import { openServiceDataSource, schemaName } from '@news/persistence';
import { ListArticlesUseCase } from './articles/list-articles.use-case';
import { ArticleAnnouncer } from './changes/article-announcer';
import { TransactionalEmitter, emitterTransactionalId } from './changes/transactional-emitter';
import { EmbargoScheduler } from './embargo/embargo-scheduler';
import { KillArticleUseCase } from './kill/kill-article.use-case';
import { PUBLISH_MIGRATIONS } from './publish.module';
import { PublishArticleUseCase } from './published/publish-article.use-case';
import { PublishedArticle } from './published/published-article.entity';
import { PublishedStore } from './published/published-store';
import { ReadArticleUseCase } from './published/read-article.use-case';
import { FindRelatedUseCase } from './related/find-related.use-case';
import { RelatedCache } from './related/related-cache';

const quiet = { warn: () => undefined };

/** publish's pieces wired by hand on a fresh schema, the real Redis and (when asked) the real broker. */
export interface PublishHarness {
  prefix: string;
  config: ServiceConfig;
  dataSource: DataSource;
  redis: Redis;
  kafka: Kafka;
  store: PublishedStore;
  announcer: ArticleAnnouncer;
  related: RelatedCache;
  publish: PublishArticleUseCase;
  read: ReadArticleUseCase;
  list: ListArticlesUseCase;
  findRelated: FindRelatedUseCase;
  emitter: TransactionalEmitter;
  kill: KillArticleUseCase;
  scheduler(pollMs?: number): EmbargoScheduler;
  provisionTopics(): Promise<void>;
  close(): Promise<void>;
}

export async function publishHarness(label: string, redisUrl = testInfrastructure.redisUrl): Promise<PublishHarness> {
  const prefix = uniqueRunPrefix(label);
  const config = loadServiceConfig('publish', 0, {
    DATABASE_URL: testInfrastructure.databaseUrl,
    PG_SCHEMA_PREFIX: `${prefix}_`,
    TOPIC_PREFIX: prefix,
    KAFKA_BROKERS: testInfrastructure.kafkaBrokers.join(','),
  });
  const dataSource = await openServiceDataSource({
    url: config.database.url,
    schema: schemaName(config.database.schemaPrefix, 'publish'),
    entities: [PublishedArticle],
    migrations: PUBLISH_MIGRATIONS,
    poolSize: 8,
  });
  const redis = new Redis(redisUrl, {
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    lazyConnect: true,
  });
  await redis.connect().catch(() => undefined);
  const cache = new CacheAside(redis, quiet);
  const kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: `${prefix}-test` });
  const store = new PublishedStore(schemaName(config.database.schemaPrefix, 'publish'));
  const announcer = new ArticleAnnouncer(store);
  const related = new RelatedCache(redis, cache, config.database.schemaPrefix, 300, quiet);
  const publish = new PublishArticleUseCase(dataSource, config, cache, store, announcer, related);
  const emitter = new TransactionalEmitter(kafka, prefix, emitterTransactionalId(prefix, 'test'));
  const schedulers: EmbargoScheduler[] = [];
  return {
    prefix,
    config,
    dataSource,
    redis,
    kafka,
    store,
    announcer,
    related,
    publish,
    read: new ReadArticleUseCase(dataSource, config, cache, store),
    list: new ListArticlesUseCase(dataSource, store),
    findRelated: new FindRelatedUseCase(dataSource, store, related),
    emitter,
    kill: new KillArticleUseCase(dataSource, store, announcer, emitter, publish),
    scheduler: (pollMs = 100) => {
      const scheduler = new EmbargoScheduler(
        dataSource,
        store,
        announcer,
        emitter,
        (a) => publish.invalidate(a),
        pollMs,
      );
      schedulers.push(scheduler);
      return scheduler;
    },
    provisionTopics: async () => {
      await withAdmin(kafka, (admin) => provisionTopics(admin, pipelineTopicSpecs(prefix)));
    },
    close: async () => {
      for (const scheduler of schedulers) await scheduler.stop();
      await emitter.disconnect();
      if (redis.status === 'ready') {
        const keys = await redis.keys(`${prefix}_*`);
        if (keys.length > 0) await redis.del(...keys);
      }
      redis.disconnect();
      await dataSource.query(`DROP SCHEMA IF EXISTS "${prefix}_publish" CASCADE`);
      await dataSource.destroy();
      await withAdmin(kafka, async (admin) => {
        const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${prefix}.`));
        if (topics.length > 0) await admin.deleteTopics({ topics });
      }).catch(() => undefined);
    },
  };
}

/** An article as enrich would send it: a guid picks the id, the rest overrides. */
export function aStory(
  guid: string,
  overrides: Partial<Omit<Article, 'newsroom'>> & { newsroom?: Partial<Article['newsroom']> } = {},
): Article {
  const articleId = articleIdFor('test-feed', guid);
  return anArticle({
    ...overrides,
    newsroom: { articleId, source: { feed: 'test-feed', guid }, ...overrides.newsroom },
  });
}

export function enrichedEvent(article: Article): ArticleEvent {
  return {
    id: `enriched-${article.newsroom.articleId}-${article.version}`,
    type: ArticleEventTypes.enriched,
    source: 'test',
    time: new Date().toISOString(),
    correlationId: 'c',
    article,
  };
}
