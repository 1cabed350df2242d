import { PerformanceObserver, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { percentile } from '../metrics/latency-recorder';

/** One timed stretch of lookups: a cold pass (one at a time) or a warm load at some concurrency. */
export interface LookupPhase {
  lookups: number;
  seconds: number;
  concurrency: number;
  p50: number;
  p99: number;
  perSecond: number;
  /** Lookups Redis answered. */
  hits: number;
  errors: number;
  /** What stalled this process meanwhile: a p99 far above p50 is a stall, and this says whose. */
  stalls: Stalls;
}

export interface Stalls {
  /** Garbage-collection pauses: how many, their sum and the longest, ms. */
  gcPauses: number;
  gcMs: number;
  gcMaxMs: number;
  /** The event loop's delay (a timer's lateness), p99 and max, ms: GC, long tasks, or no CPU to be had. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

/** What one lookup says besides its time: whether it was answered, and from Redis. */
export interface Probe {
  ok: boolean;
  hit: boolean;
}

export type Lookup = (articleId: string) => Promise<Probe>;

/**
 * Every id once, one at a time: with the cache cleared first, each is a
 * computation from Postgres. Its percentiles are of the lookups that were
 * computed (a hit is counted in `hits`, not timed as uncached).
 */
export function coldPass(ids: readonly string[], lookup: Lookup): Promise<LookupPhase> {
  return timed(ids, lookup, { concurrency: 1, until: () => false, once: true });
}

/** The ids again and again for `seconds` with `concurrency` lookups in flight. */
export function warmLoad(
  ids: readonly string[],
  lookup: Lookup,
  seconds: number,
  concurrency: number,
): Promise<LookupPhase> {
  const deadline = performance.now() + seconds * 1000;
  return timed(ids, lookup, { concurrency, until: () => performance.now() >= deadline, once: false });
}

async function timed(
  ids: readonly string[],
  lookup: Lookup,
  plan: { concurrency: number; until: () => boolean; once: boolean },
): Promise<LookupPhase> {
  const times: number[] = [];
  // A cold pass is timed on what was computed: a lookup Redis answered anyway is not an uncached one.
  const computed: number[] = [];
  let hits = 0;
  let errors = 0;
  let next = 0;
  const more = () => ids.length > 0 && !plan.until() && (!plan.once || next < ids.length);
  const watch = watchStalls();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: plan.concurrency }, async () => {
      while (more()) {
        const id = ids[next++ % ids.length];
        const begun = performance.now();
        const probe = await lookup(id).catch((): Probe => ({ ok: false, hit: false }));
        const ms = performance.now() - begun;
        times.push(ms);
        if (!probe.hit) computed.push(ms);
        if (probe.hit) hits++;
        if (!probe.ok) errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const stalls = watch.stop();
  const timedOn = plan.once && computed.length > 0 ? computed : times;
  return {
    lookups: times.length,
    seconds: round(seconds),
    concurrency: plan.concurrency,
    p50: round(percentile(timedOn, 50)),
    p99: round(percentile(timedOn, 99)),
    perSecond: round(times.length / Math.max(seconds, 1e-9)),
    hits,
    errors,
    stalls,
  };
}

function watchStalls(): { stop(): Stalls } {
  const pauses: number[] = [];
  const gc = new PerformanceObserver((list) => pauses.push(...list.getEntries().map((e) => e.duration)));
  gc.observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  return {
    stop: () => {
      gc.disconnect();
      delay.disable();
      return {
        gcPauses: pauses.length,
        gcMs: round(pauses.reduce((n, ms) => n + ms, 0)),
        gcMaxMs: round(Math.max(0, ...pauses)),
        loopDelayP99Ms: round(delay.percentile(99) / 1e6),
        loopDelayMaxMs: round(delay.max / 1e6),
      };
    },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
