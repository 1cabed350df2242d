import * as hdr from 'hdr-histogram-js';

export type LoadPhase = 'fixed' | 'max' | 'overload';

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

interface Sent {
  phase: LoadPhase;
  respondedAt: number;
}

const HIGHEST_MS = 10 * 60 * 1000;

/**
 * End-to-end latency per article version: arrival on news.published.v1 minus
 * the time ingest's 202 came back. Either event may come first (the bench
 * process is busy too), so each waits for the other.
 */
export class LatencyRecorder {
  readonly byPhase: Record<LoadPhase, hdr.Histogram> = {
    fixed: newHistogram(),
    max: newHistogram(),
    overload: newHistogram(),
  };
  /** Per second since the start (by arrival): the latencies, for the chart. */
  readonly windows: number[][] = [];
  readonly publishedPerSecond: number[] = [];
  /** performance.now() of every matched arrival, for throughput over an exact window. */
  readonly arrivalTimes: number[] = [];
  private readonly sent = new Map<string, Sent>();
  private readonly early = new Map<string, number>();
  private matched = 0;
  unexpectedArrivals = 0;

  constructor(private readonly startedAt: number) {}

  get pending(): number {
    return this.sent.size;
  }

  /** `<articleId>:<version>` of what was answered 202 and has not arrived, for looking it up after a run. */
  pendingKeys(limit = 20): string[] {
    return [...this.sent.keys()].slice(0, limit);
  }

  get published(): number {
    return this.matched;
  }

  responded(articleId: string, version: number, phase: LoadPhase, at: number): void {
    const key = `${articleId}:${version}`;
    const arrivedAt = this.early.get(key);
    if (arrivedAt === undefined) return void this.sent.set(key, { phase, respondedAt: at });
    this.early.delete(key);
    this.record(phase, Math.max(0, arrivedAt - at), arrivedAt);
  }

  arrived(articleId: string, version: number, at: number): void {
    const key = `${articleId}:${version}`;
    const sent = this.sent.get(key);
    if (sent === undefined) {
      if (this.early.has(key)) this.unexpectedArrivals++;
      else this.early.set(key, at);
      return;
    }
    this.sent.delete(key);
    this.record(sent.phase, at - sent.respondedAt, at);
  }

  /** Arrivals never matched by a 202 (e.g. a version published twice). */
  get unmatchedArrivals(): number {
    return this.early.size + this.unexpectedArrivals;
  }

  summary(phase: LoadPhase): LatencySummary {
    const h = this.byPhase[phase];
    const at = (p: number): number => (h.totalCount === 0 ? 0 : h.getValueAtPercentile(p));
    return {
      count: h.totalCount,
      p50: at(50),
      p95: at(95),
      p99: at(99),
      max: h.totalCount === 0 ? 0 : h.maxValue,
      mean: h.totalCount === 0 ? 0 : h.mean,
    };
  }

  private record(phase: LoadPhase, latencyMs: number, arrivedAt: number): void {
    this.matched++;
    this.arrivalTimes.push(arrivedAt);
    this.byPhase[phase].recordValue(Math.min(HIGHEST_MS, Math.round(latencyMs)));
    const second = Math.max(0, Math.floor((arrivedAt - this.startedAt) / 1000));
    while (this.windows.length <= second) this.windows.push([]);
    while (this.publishedPerSecond.length <= second) this.publishedPerSecond.push(0);
    this.windows[second].push(latencyMs);
    this.publishedPerSecond[second]++;
  }
}

function newHistogram(): hdr.Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: HIGHEST_MS,
    numberOfSignificantValueDigits: 3,
    useWebAssembly: false,
  });
}

/** The p-th percentile of a small array (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
