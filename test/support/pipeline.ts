import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { startServiceApp } from '@news/runtime';
import { createKafka, withAdmin } from '@news/messaging';
import { loadServiceConfig } from '@news/config';
import { CreateFeedUseCase } from '../../apps/ingest/src/feeds/create-feed/create-feed.use-case';
import { ingestApp } from '../../apps/ingest/src/ingest.app';
import { loadIngestConfig } from '../../apps/ingest/src/ingest-config';
import { translateQueueApp } from '../../apps/translate-queue/src/translate-queue.app';
import { loadTranslateQueueConfig } from '../../apps/translate-queue/src/translate-queue-config';
import { enrichApp } from '../../apps/enrich/src/enrich.app';
import { publishApp } from '../../apps/publish/src/publish.app';
import { testInfrastructure } from './infrastructure';
import { dropSchemas } from './schemas';

export interface RunningPipeline {
  prefix: string;
  ingestUrl: string;
  publishUrl: string;
  /** The feed registered for the run (`smart`, with a limit no test reaches) and its key. */
  feed: { name: string; key: string };
  /** X-Feed-Id and Authorization for posting to ingest as that feed. */
  feedHeaders: Record<string, string>;
  apps: INestApplication[];
  stop(): Promise<void>;
}

/**
 * The four services in this process, on free ports, against the real broker,
 * Postgres and Redis, isolated by a per-run prefix on topics, groups and schemas.
 */
export async function startPipeline(prefix: string): Promise<RunningPipeline> {
  const env = {
    ...process.env,
    KAFKA_BROKERS: testInfrastructure.kafkaBrokers.join(','),
    DATABASE_URL: testInfrastructure.databaseUrl,
    REDIS_URL: testInfrastructure.redisUrl,
    TOPIC_PREFIX: prefix,
    PG_SCHEMA_PREFIX: `${prefix}_`,
    PORT: '0',
  };
  const ingest = await startServiceApp(ingestApp(loadIngestConfig(env)));
  const others = await Promise.all([
    startServiceApp(translateQueueApp(loadTranslateQueueConfig(env))),
    startServiceApp(enrichApp(loadServiceConfig('enrich', 0, env))),
    startServiceApp(publishApp(loadServiceConfig('publish', 0, env))),
  ]);
  const apps = [ingest, ...others];
  // Every post authenticates (FEED_AUTH=required): register the feed the tests post as.
  const { name, key } = await ingest.get(CreateFeedUseCase).execute({ name: 'smart', rateLimitPerMinute: 1_000_000 });
  return {
    prefix,
    ingestUrl: urlOf(ingest),
    publishUrl: urlOf(others[2]),
    feed: { name, key },
    feedHeaders: { 'x-feed-id': name, authorization: `Bearer ${key}` },
    apps,
    stop: async () => {
      await Promise.all(apps.map((app) => app.close()));
      await dropSchemas(prefix);
      await dropTopics(prefix);
    },
  };
}

function urlOf(app: INestApplication): string {
  const address = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/** Deletes a run's topics (everything under its prefix). */
export async function dropTopics(prefix: string): Promise<void> {
  await withAdmin(
    createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'test-cleanup' }),
    async (admin) => {
      const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${prefix}.`));
      if (topics.length > 0) await admin.deleteTopics({ topics });
    },
  );
}

/** Registers another feed in a running pipeline's ingest, with a limit no test reaches; returns the headers to post as it. */
export async function registerFeed(pipeline: RunningPipeline, name: string): Promise<Record<string, string>> {
  const { key } = await pipeline.apps[0].get(CreateFeedUseCase).execute({ name, rateLimitPerMinute: 1_000_000 });
  return { 'x-feed-id': name, authorization: `Bearer ${key}` };
}
