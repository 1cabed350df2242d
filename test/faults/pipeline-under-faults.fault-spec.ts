import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Pool } from 'pg';
import { Topics, physicalTopic } from '@news/contracts';
import { createKafka } from '@news/messaging';
import { testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { dropSchemas } from '../support/schemas';
import { postUntilAccepted, story } from './support/article-feed';
import { FaultBroker } from './support/fault-broker';
import { PublishedTally } from './support/published-tally';
import { ServiceProcess } from './support/service-process';
import { TcpProxy } from './support/tcp-proxy';

/**
 * Drives articles through the four services (each its own process) while
 * killing each service with SIGKILL once, restarting the broker, cutting
 * the services' Postgres connections and taking Redis away for a while;
 * then checks that every accepted article is on news.published.v1 exactly
 * once. FAULT_ARTICLES sets the size (npm run test:faults uses 3000).
 */
const ARTICLES = Number(process.env.FAULT_ARTICLES ?? 300);
const CONCURRENCY = 8;
const RUN_DIR = join(__dirname, '../../.run/faults');

jest.setTimeout(15 * 60_000);

interface FaultRecord {
  fault: string;
  injectedAt: number;
  restoredAt: number;
  firstPublishAfterRestoreMs?: number;
}

describe(`the pipeline under faults (${ARTICLES} articles)`, () => {
  const prefix = uniqueRunPrefix('faults');
  const broker = new FaultBroker(Number(process.env.FAULT_KAFKA_PORT ?? 19292), join(RUN_DIR, 'kafka'));
  const services: Record<string, ServiceProcess> = {};
  let redisProxy: TcpProxy;
  let tally: PublishedTally;

  beforeAll(async () => {
    mkdirSync(RUN_DIR, { recursive: true });
    await broker.start();
    const redis = new URL(testInfrastructure.redisUrl);
    redisProxy = new TcpProxy(await freePort(), { host: redis.hostname, port: Number(redis.port || 6379) });
    await redisProxy.open();
    const env = {
      KAFKA_BROKERS: broker.address,
      DATABASE_URL: testInfrastructure.databaseUrl,
      REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`,
      TOPIC_PREFIX: prefix,
      PG_SCHEMA_PREFIX: `${prefix}_`,
      FEED_AUTH: 'off',
      LOG_LEVEL: 'warn',
    };
    for (const name of ['ingest', 'translate-queue', 'enrich', 'publish']) {
      services[name] = new ServiceProcess(name, await freePort(), env, join(RUN_DIR, `${prefix}-${name}.log`));
      await services[name].start(); // ingest first: it creates the topics
    }
    const kafka = createKafka({ brokers: [broker.address], clientId: 'fault-tally' });
    tally = new PublishedTally(kafka, physicalTopic(prefix, Topics.published), `${prefix}.tally`);
    await tally.start();
  });

  afterAll(async () => {
    await tally?.stop().catch(() => undefined);
    await Promise.all(Object.values(services).map((s) => s.stop()));
    await redisProxy?.cut();
    await broker.stop();
    await dropSchemas(prefix);
  });

  it('publishes every accepted article exactly once', async () => {
    const started = Date.now();
    const deadline = started + 10 * 60_000;
    const accepted = new Set<string>();
    const faults: FaultRecord[] = [];
    let sent = 0;

    const chaos = scheduleFaults(() => sent / ARTICLES, faults);
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (sent < ARTICLES) {
          const n = sent++;
          const id = await postUntilAccepted(() => services.ingest.url, story(prefix, n), deadline);
          if (id) accepted.add(id);
        }
      }),
    );
    await chaos;
    const sendingDone = Date.now();

    while (Date.now() < deadline && [...accepted].some((id) => !tally.copies.has(`${id}.v1`))) await sleep(500);
    await sleep(3000); // a duplicate would arrive now
    for (const f of faults) f.firstPublishAfterRestoreMs = tally.firstArrivalAfter(f.restoredAt);

    const lost = [...accepted].filter((id) => !tally.copies.has(`${id}.v1`));
    const report = {
      articles: ARTICLES,
      accepted: accepted.size,
      published: tally.distinct,
      lost: lost.length,
      duplicated: tally.duplicates,
      sendSeconds: (sendingDone - started) / 1000,
      drainSeconds: (Date.now() - sendingDone) / 1000,
      faults: faults.map((f) => ({ fault: f.fault, downMs: f.restoredAt - f.injectedAt, firstPublishAfterRestoreMs: f.firstPublishAfterRestoreMs })),
    };
    writeFileSync(join(RUN_DIR, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(report, null, 2));
    console.log(`fault test: ${JSON.stringify(report, null, 2)}`);

    expect(faults.map((f) => f.fault)).toEqual(FAULTS.map((f) => f.name));
    expect(accepted.size).toBe(ARTICLES);
    expect(lost).toEqual([]);
    expect(tally.duplicates).toBe(0);
  });

  /** Each fault fires once, in order, as sending passes its share of the articles. */
  const FAULTS: { name: string; at: number; inject: () => Promise<void> }[] = [
    { name: 'kill -9 ingest', at: 0.1, inject: () => restartKilled('ingest') },
    { name: 'kill -9 translate-queue', at: 0.2, inject: () => restartKilled('translate-queue') },
    { name: 'kill -9 enrich', at: 0.3, inject: () => restartKilled('enrich') },
    { name: 'kill -9 publish', at: 0.4, inject: () => restartKilled('publish') },
    { name: 'broker restart', at: 0.5, inject: () => broker.stop().then(() => broker.start()) },
    { name: 'Postgres connections terminated', at: 0.6, inject: () => terminateConnections(prefix) },
    { name: 'Redis away for 5 s', at: 0.7, inject: () => redisAway(5000) },
    { name: 'SIGTERM enrich mid-batch', at: 0.8, inject: () => services.enrich.stop().then(() => services.enrich.start()) },
  ];

  /** Redis gone: publish answers from Postgres, correctly, and stays ready (degraded). */
  async function redisAway(ms: number): Promise<void> {
    await redisProxy.cut();
    const [someId] = [...tally.copies.keys()].map((id) => id.replace(/\.v\d+$/, ''));
    const read = await fetch(`${services.publish.url}/v1/articles/${someId}`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { newsroom: { articleId: string } }).newsroom.articleId).toBe(someId);
    const ready = await fetch(`${services.publish.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'degraded' });
    await sleep(ms);
    await redisProxy.open();
  }

  async function restartKilled(name: string): Promise<void> {
    services[name].kill();
    await sleep(1000);
    await services[name].start();
  }

  async function scheduleFaults(progress: () => number, record: FaultRecord[]): Promise<void> {
    for (const fault of FAULTS) {
      while (progress() < fault.at) await sleep(50);
      const injectedAt = Date.now();
      await fault.inject();
      record.push({ fault: fault.name, injectedAt, restoredAt: Date.now() });
    }
  }
});

async function terminateConnections(prefix: string): Promise<void> {
  const pool = new Pool({ connectionString: testInfrastructure.databaseUrl });
  try {
    await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE $1`, [`${prefix}\\_%`]);
  } finally {
    await pool.end();
  }
}


function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
