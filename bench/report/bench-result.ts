import { RawPassthroughResult } from '../kafka/raw-passthrough';
import { LatencySummary } from '../metrics/latency-recorder';
import { RssSummary } from '../metrics/rss';

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
    answers: Record<string, number>;
    unexpectedAnswers: number;
    skippedSends: number;
    published: number;
    notPublishedAfterDrain: number;
    unmatchedArrivals: number;
    drainSeconds: number;
  };
  lag: Record<string, { max: number; meanInMaxPhase: number }>;
  bottleneck: string;
  rss: Record<string, RssSummary>;
  relatedNewsLookup: string;
  targets: Target[];
  timeline: TimelinePoint[];
}
