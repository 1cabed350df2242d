import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Pool } from 'pg';
import { Kafka } from 'kafkajs';
import { Topics, TopicName, physicalTopic } from '@news/contracts';
import { createKafka, retryTopicFor } from '@news/messaging';
import { testInfrastructure, uniqueRunPrefix, waitFor } from '@news/testing';
import { dropSchemas } from '../support/schemas';
import { postUntilAccepted, story } from './support/article-feed';
import { CpuHog } from './support/cpu-hog';
import { FaultBroker } from './support/fault-broker';
import { PartitionLag, groupLag } from './support/group-lag';
import { PublishedTally } from './support/published-tally';
import { ServiceProcess } from './support/service-process';
import { TcpProxy } from './support/tcp-proxy';

/**
 * Drives articles through the four services, two replicas of each (each its
 * own process, both replicas of a service given the same INSTANCE_ID, as an
 * operator might), with a CPU-bound process spinning beside them for part
 * of the run, while killing one replica of each service with SIGKILL,
 * restarting the broker, cutting the services' Postgres connections and
 * taking Redis away for a while. Then checks that every accepted article is
 * on news.published.v1 exactly once, that every consumer group's lag on
 * every partition returns to 0, and that every replica's liveness is true.
 * FAULT_ARTICLES sets the size (npm run test:faults uses 3000).
 */
const ARTICLES = Number(process.env.FAULT_ARTICLES ?? 300);
const CONCURRENCY = 8;
const REPLICAS = 2;
const SERVICES = ['ingest', 'translate-queue', 'enrich', 'publish'] as const;
/** What each consuming service reads (its retry topic is derived). */
const CONSUMES: Record<string, TopicName> = {
  'translate-queue': Topics.ingested,
  enrich: Topics.ready,
  publish: Topics.enriched,
};
/** The CPU hog runs while sending passes this share of the articles, and never longer than HOG_MAX_MS. */
const HOG_WINDOW = [0.05, 0.65];
const HOG_MAX_MS = 120_000;
const RUN_DIR = join(__dirname, '../../.run/faults');

/** Sending and draining must end by this; it grows with the article count (npm run test:faults sends 3000). */
const RUN_BOUND_MS = Math.max(10 * 60_000, ARTICLES * 300 + 5 * 60_000);

jest.setTimeout(RUN_BOUND_MS + 10 * 60_000);

interface FaultRecord {
  fault: string;
  injectedAt: number;
  restoredAt: number;
  firstPublishAfterRestoreMs?: number;
}

describe(`the pipeline under faults (${ARTICLES} articles)`, () => {
  const prefix = uniqueRunPrefix('faults');
  const broker = new FaultBroker(Number(process.env.FAULT_KAFKA_PORT ?? 19292), join(RUN_DIR, 'kafka'));
  const services: Record<string, ServiceProcess[]> = {};
  const hog = new CpuHog();
  let redisProxy: TcpProxy;
  let tally: PublishedTally;
  let kafka: Kafka;
  let turn = 0;
  /** Posts alternate between the ingest replicas; a killed one answers nothing and the next try goes to the other. */
  const ingestUrl = () => services.ingest[turn++ % REPLICAS].url;

  beforeAll(async () => {
    mkdirSync(RUN_DIR, { recursive: true });
    await broker.startFresh();
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
      LOG_LEVEL: 'info',
    };
    for (const name of SERVICES) {
      services[name] = [];
      for (let replica = 0; replica < REPLICAS; replica++) {
        const log = join(RUN_DIR, `${prefix}-${name}-${replica}.log`);
        services[name].push(new ServiceProcess(name, await freePort(), { ...env, INSTANCE_ID: `fault-${name}` }, log));
      }
    }
    // Nothing orders the start: consumers wait for the topics ingest makes.
    await Promise.all(SERVICES.flatMap((name) => services[name].map((s) => s.start())));
    kafka = createKafka({ brokers: [broker.address], clientId: 'fault-tally' });
    tally = new PublishedTally(kafka, physicalTopic(prefix, Topics.published), `${prefix}.tally`);
    await tally.start();
  });

  afterAll(async () => {
    hog.stop();
    await tally?.stop().catch(() => undefined);
    await Promise.all(
      Object.values(services)
        .flat()
        .map((s) => s.stop()),
    );
    await redisProxy?.cut();
    await broker.stop();
    await dropSchemas(prefix);
  });

  it('publishes every accepted article exactly once', async () => {
    const started = Date.now();
    const deadline = started + RUN_BOUND_MS;
    const accepted = new Set<string>();
    const faults: FaultRecord[] = [];
    let sent = 0;

    const progress = () => sent / ARTICLES;
    const chaos = scheduleFaults(progress, faults);
    const busy = runHogDuring(progress);
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (sent < ARTICLES) {
          const n = sent++;
          const id = await postUntilAccepted(ingestUrl, story(prefix, n), deadline);
          if (id) accepted.add(id);
        }
      }),
    );
    await chaos;
    await busy;
    const sendingDone = Date.now();

    while (Date.now() < deadline && [...accepted].some((id) => !tally.copies.has(`${id}.v1`))) await sleep(500);
    await sleep(3000); // a duplicate would arrive now
    for (const f of faults) f.firstPublishAfterRestoreMs = tally.firstArrivalAfter(f.restoredAt);
    const stalled = await partitionsStillLagging(Math.max(deadline, Date.now() + 60_000));
    const liveness = await livenessOnceSettled(Date.now() + 120_000);

    const lost = [...accepted].filter((id) => !tally.copies.has(`${id}.v1`));
    const report = {
      articles: ARTICLES,
      accepted: accepted.size,
      published: tally.distinct,
      lost: lost.length,
      duplicated: tally.duplicates,
      tallyRedeliveries: tally.redeliveries,
      replicas: REPLICAS,
      cpuHogSeconds: hog.startedAt && hog.stoppedAt ? (hog.stoppedAt - hog.startedAt) / 1000 : 0,
      sendSeconds: (sendingDone - started) / 1000,
      drainSeconds: (Date.now() - sendingDone) / 1000,
      stalledPartitions: stalled,
      liveness,
      faults: faults.map((f) => ({
        fault: f.fault,
        downMs: f.restoredAt - f.injectedAt,
        firstPublishAfterRestoreMs: f.firstPublishAfterRestoreMs,
      })),
    };
    writeFileSync(
      join(RUN_DIR, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
      JSON.stringify(report, null, 2),
    );
    console.log(`fault test: ${JSON.stringify(report, null, 2)}`);

    expect(faults.map((f) => f.fault)).toEqual(FAULTS.map((f) => f.name));
    expect(accepted.size).toBe(ARTICLES);
    expect(lost).toEqual([]);
    expect(tally.duplicates).toBe(0);
    expect(stalled).toEqual([]);
    expect(liveness.filter((l) => !runningNow(l))).toEqual([]);
  });

  /** Lag of every consuming group on every partition of its topics, polled until all are 0 or the deadline; what still lags. */
  async function partitionsStillLagging(until: number): Promise<(PartitionLag & { group: string })[]> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      for (;;) {
        const lagging: (PartitionLag & { group: string })[] = [];
        for (const [service, topic] of Object.entries(CONSUMES)) {
          const group = `${prefix}.${service}`;
          const source = physicalTopic(prefix, topic);
          for (const lag of await groupLag(admin, group, [source, retryTopicFor(source, group)]))
            if (lag.lag !== 0) lagging.push({ group, ...lag });
        }
        if (lagging.length === 0 || Date.now() > until) return lagging;
        await sleep(1000);
      }
    } finally {
      await admin.disconnect();
    }
  }

  /**
   * Every replica live, and every consumer in it running again. A consumer
   * may still be rejoining its group a while after the last fault (the
   * broker waits out stale members' sessions), which liveness rightly calls
   * live; so poll until all run, or the deadline says some never did.
   */
  async function livenessOnceSettled(until: number): Promise<{ service: string; status: number; body: string }[]> {
    for (;;) {
      const liveness = await livenessOfEveryReplica();
      if (liveness.every(runningNow) || Date.now() > until) return liveness;
      expect(liveness.filter((l) => l.status !== 200)).toEqual([]); // live all along, while they rejoin
      await sleep(1000);
    }
  }

  function runningNow(l: { status: number; body: string }): boolean {
    return l.status === 200 && /"ok \(running\)"/.test(l.body) && !/dead|starting/.test(l.body);
  }

  async function livenessOfEveryReplica(): Promise<{ service: string; status: number; body: string }[]> {
    return Promise.all(
      Object.entries(services).flatMap(([name, replicas]) =>
        replicas.map(async (s, i) => {
          const response = await fetch(`${s.url}/health/live`).catch((error: Error) => ({
            status: 0,
            text: async () => error.message,
          }));
          return { service: `${name}#${i}`, status: response.status, body: await response.text() };
        }),
      ),
    );
  }

  async function runHogDuring(progress: () => number): Promise<void> {
    while (progress() < HOG_WINDOW[0]) await sleep(50);
    hog.start(HOG_MAX_MS);
    while (progress() < HOG_WINDOW[1] && Date.now() - hog.startedAt! < HOG_MAX_MS) await sleep(100);
    hog.stop();
  }

  /** Each fault fires once, in order, as sending passes its share of the articles. */
  const FAULTS: { name: string; at: number; inject: () => Promise<void> }[] = [
    { name: 'kill -9 ingest#0', at: 0.1, inject: () => restartKilled('ingest') },
    { name: 'kill -9 translate-queue#0', at: 0.2, inject: () => restartKilled('translate-queue') },
    { name: 'kill -9 enrich#0', at: 0.3, inject: () => restartKilled('enrich') },
    { name: 'kill -9 publish#0', at: 0.4, inject: () => restartKilled('publish') },
    { name: 'broker restart', at: 0.5, inject: () => restartBroker() },
    { name: 'Postgres connections terminated', at: 0.6, inject: () => terminateConnections(prefix) },
    { name: 'Redis away for 5 s', at: 0.7, inject: () => redisAway(5000) },
    {
      name: 'SIGTERM enrich#1 mid-batch',
      at: 0.8,
      inject: () => services.enrich[1].stop().then(() => services.enrich[1].start()),
    },
  ];

  /** While the broker is down, ingest stays ready (its outbox takes posts) and publish still serves reads. */
  async function restartBroker(): Promise<void> {
    await broker.stop();
    for (const s of [...services.ingest, ...services.publish]) {
      const ready = await fetch(`${s.url}/health/ready`);
      expect({ service: s.name, status: ready.status }).toEqual({ service: s.name, status: 200 });
    }
    await broker.start();
  }

  /** Redis gone: publish answers from Postgres, correctly, and stays ready (degraded). */
  async function redisAway(ms: number): Promise<void> {
    // Beside a CPU hog and the faults before this one, nothing may be published yet: read a published article.
    await waitFor(() => tally.copies.size > 0, 'a first published article to read while Redis is away', 120_000);
    await redisProxy.cut();
    const [someId] = [...tally.copies.keys()].map((id) => id.replace(/\.v\d+$/, ''));
    const read = await fetch(`${services.publish[0].url}/v1/articles/${someId}`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { newsroom: { articleId: string } }).newsroom.articleId).toBe(someId);
    const ready = await fetch(`${services.publish[0].url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'degraded' });
    await sleep(ms);
    await redisProxy.open();
  }

  async function restartKilled(name: string): Promise<void> {
    services[name][0].kill();
    await sleep(1000);
    await services[name][0].start();
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
    await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE $1`, [
      `${prefix}\\_%`,
    ]);
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
