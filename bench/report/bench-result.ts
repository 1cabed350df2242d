import { RawPassthroughResult } from '../kafka/raw-passthrough';
import { LatencySummary } from '../metrics/latency-recorder';
import { CpuUse } from '../metrics/cpu-time';
import { RssSummary } from '../metrics/rss';
import { EnrichSpeed } from '../enrich/enrich-speed';
import type { RelatedLookupResult } from '../related/related-lookups';

export interface TimelinePoint {
  /** Seconds since phase 2 started. */
  t: number;
  published: number;
  accepted: number;
  p50: number;
  p95: number;
  p99: number;
  lag: Record<string, number>;
  rssMb: Record<string, number>;
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  /** undefined: not measured. */
  met?: boolean;
}

export interface BenchResult {
  startedAt: string;
  settings: {
    durationSeconds: number;
    rate: number;
    seed: number;
    concurrency: number;
    rawMessages: number;
    topicPrefix: string;
  };
  machine: { cpus: number; node: string; memoryGb: number };
  raw: RawPassthroughResult;
  pipeline: {
    durationSplit: string;
    fixed: { seconds: number; offeredPerSecond: number; latencyMs: LatencySummary };
    max: {
      seconds: number;
      concurrency: number;
      acceptedPerSecond: number;
      publishedPerSecond: number;
      latencyMs: LatencySummary;
    };
    overload: {
      seconds: number;
      /** Twice what the max-rate phase published per second. */
      offeredPerSecond: number;
      offered: number;
      accepted: number;
      shed: number;
      failed: number;
      /** Arrivals on news.published.v1 per second during the overload window. */
      publishedPerSecond: number;
      /** Latency of the versions accepted during the overload (count: how many of them were published). */
      latencyMs: LatencySummary;
    };
    answers: Record<string, number>;
    unexpectedAnswers: number;
    skippedSends: number;
    published: number;
    notPublishedAfterDrain: number;
    /** The first of them, `<articleId>:<version>`. */
    notPublishedKeys: string[];
    unmatchedArrivals: number;
    drainSeconds: number;
  };
  lag: Record<string, { max: number; meanInMaxPhase: number }>;
  bottleneck: string;
  rss: Record<string, RssSummary>;
  /** CPU each service used over phase 2 and its drain, per article published. */
  cpu: Record<string, CpuUse>;
  /** The same span beside the services: Postgres, Kafka broker, Redis, load generator, other processes, and the machine in all. */
  cpuBesideServices?: Record<string, CpuUse>;
  relatedNewsLookup: string;
  /** Related-news lookups in process and over HTTP (absent when phase 3 did not run). */
  related?: RelatedLookupResult;
  /** Enrich's fact finding in process on the corpus (absent when phase 4 did not run). */
  enrich?: EnrichSpeed;
  targets: Target[];
  timeline: TimelinePoint[];
}
