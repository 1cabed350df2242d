import { cpus, totalmem } from 'node:os';
import { BenchOptions } from '../bench-options';
import { RawPassthroughResult } from '../kafka/raw-passthrough';
import { CpuUse, cpuUse, cpuUseOf } from '../metrics/cpu-time';
import { infrastructureUse } from '../metrics/infrastructure-cpu';
import { percentile } from '../metrics/latency-recorder';
import { summariseRss } from '../metrics/rss';
import { PipelineRun } from '../pipeline-run';
import { BenchResult, TimelinePoint } from './bench-result';
import { evaluateTargets } from './targets';

export const RELATED_NEWS = 'not measured: endpoint does not exist yet';

export function buildResult(
  startedAt: Date,
  options: BenchOptions,
  raw: RawPassthroughResult,
  run: PipelineRun,
): BenchResult {
  const { latency, driver, sampler } = run;
  const seconds = ([from, to]: [number, number]): number => (to - from) / 1000;
  const within = (times: readonly number[], [from, to]: [number, number]): number =>
    times.filter((t) => t >= from && t < to).length;
  const maxSeconds = seconds(run.maxWindow);
  const { acceptedTimes, answers, unexpected, skipped } = driver.tally;
  const lag = lagSummary(run);
  const partial: Omit<BenchResult, 'targets'> = {
    startedAt: startedAt.toISOString(),
    settings: {
      durationSeconds: options.durationSeconds,
      rate: options.rate,
      seed: options.seed,
      concurrency: options.concurrency,
      rawMessages: options.rawMessages,
      topicPrefix: options.topicPrefix,
    },
    machine: { cpus: cpus().length, node: process.versions.node, memoryGb: Math.round(totalmem() / 1e9) },
    raw,
    pipeline: {
      durationSplit: `--duration ${options.durationSeconds} split in two: ${options.durationSeconds / 2} s at ${options.rate}/s offered, then ${options.durationSeconds / 2} s at max rate (${options.concurrency} in flight)`,
      fixed: { seconds: seconds(run.fixedWindow), offeredPerSecond: options.rate, latencyMs: latency.summary('fixed') },
      max: {
        seconds: maxSeconds,
        concurrency: options.concurrency,
        acceptedPerSecond: within(acceptedTimes, run.maxWindow) / maxSeconds,
        publishedPerSecond: within(latency.arrivalTimes, run.maxWindow) / maxSeconds,
        latencyMs: latency.summary('max'),
      },
      overload: {
        seconds: seconds(run.overload.window),
        offeredPerSecond: run.overload.offeredPerSecond,
        ...run.overload.answers,
        publishedPerSecond: within(latency.arrivalTimes, run.overload.window) / seconds(run.overload.window),
        latencyMs: latency.summary('overload'),
      },
      answers,
      unexpectedAnswers: unexpected,
      skippedSends: skipped,
      published: latency.published,
      notPublishedAfterDrain: latency.pending,
      notPublishedKeys: latency.pendingKeys(),
      unmatchedArrivals: latency.unmatchedArrivals,
      drainSeconds: run.drainSeconds,
    },
    lag,
    bottleneck: bottleneck(lag),
    rss: Object.fromEntries(
      Object.entries(options.pids).map(([name, pid]) => [
        name,
        summariseRss(
          pid,
          sampler.samples.flatMap((s) => s.rssMb[name] ?? []),
        ),
      ]),
    ),
    cpu: cpuUse(run.cpuSeconds.before, run.cpuSeconds.after, latency.published),
    cpuBesideServices: besideServices(run, latency.published),
    relatedNewsLookup: RELATED_NEWS,
    timeline: timeline(run),
  };
  return { ...partial, targets: evaluateTargets(partial) };
}

function lagSummary(run: PipelineRun): BenchResult['lag'] {
  const maxPhaseFrom = (run.maxWindow[0] - run.startedAt) / 1000;
  const maxPhaseTo = (run.maxWindow[1] - run.startedAt) / 1000;
  const samples = run.sampler.samples;
  const stages = [...new Set(samples.flatMap((s) => Object.keys(s.lag)))];
  return Object.fromEntries(
    stages.map((stage) => {
      const all = samples.map((s) => s.lag[stage]).filter((v) => v >= 0);
      const inMax = samples
        .filter((s) => s.t >= maxPhaseFrom && s.t <= maxPhaseTo)
        .map((s) => s.lag[stage])
        .filter((v) => v >= 0);
      return [
        stage,
        {
          max: all.length ? Math.max(...all) : 0,
          meanInMaxPhase: inMax.length ? inMax.reduce((a, b) => a + b, 0) / inMax.length : 0,
        },
      ];
    }),
  );
}

/** The stage whose input backs up most under maximum load. */
function bottleneck(lag: BenchResult['lag']): string {
  const [worst] = Object.entries(lag).sort((a, b) => b[1].meanInMaxPhase - a[1].meanInMaxPhase);
  if (!worst || worst[1].meanInMaxPhase < 5)
    return 'no stage backed up (mean lag < 5): the limit is upstream of Kafka, in ingest (HTTP, parsing, Postgres outbox) or the load generator';
  return `${worst[0]} (mean lag ${worst[1].meanInMaxPhase.toFixed(0)} messages on its input during the max-rate phase)`;
}

function timeline(run: PipelineRun): TimelinePoint[] {
  const { latency, driver, sampler } = run;
  const length = Math.max(
    latency.windows.length,
    driver.tally.acceptedPerSecond.length,
    ...sampler.samples.map((s) => s.t + 1),
  );
  return Array.from({ length }, (_, t) => {
    const window = latency.windows[t] ?? [];
    const sample = sampler.samples.find((s) => s.t === t);
    return {
      t,
      published: latency.publishedPerSecond[t] ?? 0,
      accepted: driver.tally.acceptedPerSecond[t] ?? 0,
      p50: Math.round(percentile(window, 50)),
      p95: Math.round(percentile(window, 95)),
      p99: Math.round(percentile(window, 99)),
      lag: sample?.lag ?? {},
      rssMb: sample?.rssMb ?? {},
    };
  });
}

/**
 * Where the rest of the machine's CPU went over the same span, per article
 * published: Postgres, the broker, Redis, the bench's own load generator,
 * and whatever else ran (other tenants of a shared machine); `machine` is
 * the sum of everything, services included.
 */
function besideServices(run: PipelineRun, articles: number): Record<string, CpuUse> {
  const { before, after, loadGeneratorSeconds, machineSeconds } = run.besideServices;
  const infrastructure = infrastructureUse(before, after, articles);
  const services = cpuUse(run.cpuSeconds.before, run.cpuSeconds.after, articles);
  const accounted = [...Object.values(infrastructure), ...Object.values(services)].reduce((n, c) => n + c.seconds, 0);
  return {
    ...infrastructure,
    'load generator': cpuUseOf(loadGeneratorSeconds, articles),
    'other processes': cpuUseOf(Math.max(0, machineSeconds - accounted - loadGeneratorSeconds), articles),
    machine: cpuUseOf(machineSeconds, articles),
  };
}
