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
import { AnswerCounts, answersBetween } from './load/overload-tally';
import { cpuSnapshot } from './metrics/cpu-time';
import { GroupSnapshot, infrastructureSnapshot, machineBusySeconds } from './metrics/infrastructure-cpu';
import { LatencyRecorder } from './metrics/latency-recorder';
import { Sampler } from './metrics/sampler';

export interface PipelineRun {
  startedAt: number;
  fixedWindow: [number, number];
  maxWindow: [number, number];
  overload: OverloadRun;
  drainSeconds: number;
  /** Each service's CPU seconds when phase 2 started and when its drain ended. */
  cpuSeconds: { before: Record<string, number>; after: Record<string, number> };
  /** The same span for Postgres, the broker and Redis, the bench itself, and the whole machine. */
  besideServices: { before: GroupSnapshot; after: GroupSnapshot; loadGeneratorSeconds: number; machineSeconds: number };
  latency: LatencyRecorder;
  driver: LoadDriver;
  sampler: Sampler;
}

/** The overload phase: an open loop at twice the rate the max-rate phase published at. */
export interface OverloadRun {
  window: [number, number];
  offeredPerSecond: number;
  answers: AnswerCounts;
}

/** With no new arrival for this long, the drain gives up on what is still missing. */
const DRAIN_IDLE_MS = 20_000;
const DRAIN_MAX_MS = 120_000;
/** The bench measures the pipeline, not the limiter: far above any rate it offers. */
const BENCH_RATE_LIMIT_PER_MINUTE = 100_000_000;

/**
 * Phase 2: the first half of --duration at the fixed offered rate, the second
 * half at maximum rate, as long again at twice the rate the maximum sustained
 * (overload), then a bounded drain while the pipeline catches up.
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
  const cpuBefore = cpuSnapshot(options.pids);
  const infrastructureBefore = infrastructureSnapshot();
  const machineBefore = machineBusySeconds();
  const benchBefore = process.cpuUsage();
  try {
    const half = options.durationSeconds / 2;
    const fixedStart = performance.now();
    await driver.fixedRate(options.rate, half);
    const maxStart = performance.now();
    phase.name = 'max';
    await driver.maxRate(options.concurrency, half);
    const maxEnd = performance.now();
    phase.name = 'overload';
    const overload = await overloadPhase(driver, latency.arrivalTimes, [maxStart, maxEnd], half);
    phase.name = 'drain';
    await drain(latency);
    return {
      startedAt,
      fixedWindow: [fixedStart, maxStart],
      maxWindow: [maxStart, maxEnd],
      overload,
      drainSeconds: (performance.now() - overload.window[1]) / 1000,
      cpuSeconds: { before: cpuBefore, after: cpuSnapshot(options.pids) },
      besideServices: {
        before: infrastructureBefore,
        after: infrastructureSnapshot(),
        loadGeneratorSeconds: cpuSeconds(process.cpuUsage(benchBefore)),
        machineSeconds: machineBusySeconds() - machineBefore,
      },
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
 * Phase 2c: what ingest does offered twice what the pipeline sustains. It
 * should shed the excess with 503 at once (answers stay fast, memory flat)
 * and publish everything it accepted; the report compares offered, accepted,
 * shed and published.
 */
async function overloadPhase(
  driver: LoadDriver,
  arrivals: readonly number[],
  [maxStart, maxEnd]: [number, number],
  seconds: number,
): Promise<OverloadRun> {
  const sustained = arrivals.filter((t) => t >= maxStart && t < maxEnd).length / ((maxEnd - maxStart) / 1000);
  const offeredPerSecond = Math.max(2, Math.round(2 * sustained));
  const before = { ...driver.tally.answers };
  const start = performance.now();
  await driver.fixedRate(offeredPerSecond, seconds, 'overload');
  return { window: [start, performance.now()], offeredPerSecond, answers: answersBetween(before, driver.tally) };
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

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}
