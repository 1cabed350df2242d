import { Kafka } from 'kafkajs';
import { Topics, physicalTopic } from '@news/contracts';
import { FeedAdminSession } from '../apps/ingest/src/feeds/cli/feed-admin-session';
import { loadIngestConfig } from '../apps/ingest/src/ingest-config';
import { BenchOptions } from './bench-options';
import { CorpusStream } from './corpus/corpus-stream';
import { pipelineStages } from './kafka/lag-sampler';
import { PublishedWatcher } from './kafka/published-watcher';
import { until } from './kafka/raw-passthrough';
import { FeedCredentials } from './load/ingest-client';
import { LoadDriver } from './load/load-driver';
import { LatencyRecorder } from './metrics/latency-recorder';
import { Sampler } from './metrics/sampler';

export interface PipelineRun {
  startedAt: number;
  fixedWindow: [number, number];
  maxWindow: [number, number];
  drainSeconds: number;
  latency: LatencyRecorder;
  driver: LoadDriver;
  sampler: Sampler;
}

/** With no new arrival for this long, the drain gives up on what is still missing. */
const DRAIN_IDLE_MS = 20_000;
const DRAIN_MAX_MS = 120_000;
/** The bench measures the pipeline, not the limiter: far above any rate it offers. */
const BENCH_RATE_LIMIT_PER_MINUTE = 100_000_000;

/**
 * Phase 2: the first half of --duration at the fixed offered rate, the second
 * half at maximum rate, then a bounded drain while the pipeline catches up.
 */
export async function runPipeline(kafka: Kafka, options: BenchOptions, corpus: CorpusStream): Promise<PipelineRun> {
  const startedAt = performance.now();
  const latency = new LatencyRecorder(startedAt);
  const watcher = new PublishedWatcher(kafka, physicalTopic(options.topicPrefix, Topics.published), (id, v, at) =>
    latency.arrived(id, v, at),
  );
  const driver = new LoadDriver(options.ingestUrl, corpus, latency, startedAt, await benchFeedKey());
  const admin = kafka.admin();
  await Promise.all([watcher.start(), admin.connect()]);
  const phase = { name: 'fixed' };
  const progress = (): string =>
    `${phase.name}: sent ${driver.tally.sent} in flight ${driver.tally.inFlight} accepted ${driver.tally.acceptedTimes.length} published ${latency.published}`;
  const sampler = new Sampler(admin, pipelineStages(options.topicPrefix), options.pids, startedAt, progress);
  sampler.start();
  try {
    const half = options.durationSeconds / 2;
    const fixedStart = performance.now();
    await driver.fixedRate(options.rate, half);
    const maxStart = performance.now();
    phase.name = 'max';
    await driver.maxRate(options.concurrency, half);
    const maxEnd = performance.now();
    phase.name = 'drain';
    await drain(latency);
    return {
      startedAt,
      fixedWindow: [fixedStart, maxStart],
      maxWindow: [maxStart, maxEnd],
      drainSeconds: (performance.now() - maxEnd) / 1000,
      latency,
      driver,
      sampler,
    };
  } finally {
    sampler.stop();
    await Promise.allSettled([watcher.stop(), admin.disconnect()]);
  }
}

/**
 * The bench posts as the `bench` feed, registered in this run's ingest schema
 * (bench.sh exports PG_SCHEMA_PREFIX) with a rate limit it cannot reach.
 */
async function benchFeedKey(): Promise<FeedCredentials> {
  const session = await FeedAdminSession.open(loadIngestConfig(process.env));
  try {
    const issued = await session.issueKey({ name: 'bench', rateLimitPerMinute: BENCH_RATE_LIMIT_PER_MINUTE });
    return { feed: issued.name, key: issued.key };
  } finally {
    await session.close();
  }
}

async function drain(latency: LatencyRecorder): Promise<void> {
  const hardStop = performance.now() + DRAIN_MAX_MS;
  let last = latency.published;
  let lastProgressAt = performance.now();
  const idle = (): boolean => {
    if (latency.published !== last) [last, lastProgressAt] = [latency.published, performance.now()];
    return latency.pending === 0 || performance.now() - lastProgressAt > DRAIN_IDLE_MS;
  };
  await until(idle, hardStop);
}
