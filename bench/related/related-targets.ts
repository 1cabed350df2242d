import { Target } from '../report/bench-result';
import { LookupPhase } from './lookup-load';
import { RelatedLookupResult, RelatedWay } from './related-lookups';

/**
 * The targets of issue 13 (≥ 10,000 lookups/s and p99 ≤ 5 ms cached, cached
 * ≥ 20× faster than uncached), judged on the in-process lookups; the HTTP
 * figures stand beside them. On 2 shared cores an Express round trip plus
 * the load generator's own fetch cost more CPU per lookup than 10,000/s
 * within 5 ms leaves, so over HTTP they measure the web stack, not the cache.
 */
export function relatedTargets(r: RelatedLookupResult): Target[] {
  const warm = r.inProcess.cached[0];
  const speedup = r.inProcess.uncached.p50 / Math.max(warm.p50, 0.01);
  const httpSpeedup = r.http.uncached.p50 / Math.max(r.http.cached[0]?.p50 ?? 0, 0.01);
  return [
    {
      name: 'related lookups/s (cached)',
      goal: '>= 10000/s',
      measured: `in process ${warm.perSecond.toFixed(0)}/s at ${warm.concurrency} in flight; over HTTP ${r.http.cached.map(rate).join(', ')}`,
      met: warm.perSecond >= 10_000,
    },
    {
      name: 'related lookup p99 (cached)',
      goal: '<= 5 ms',
      measured: `in process p50 ${warm.p50} / p99 ${warm.p99} ms at ${warm.concurrency} in flight (${stallsOf(warm)}); over HTTP ${r.http.cached.map(latency).join(', ')}`,
      met: warm.lookups > 0 && warm.p99 <= 5,
    },
    {
      name: 'related cached vs uncached',
      goal: '>= 20x faster',
      measured:
        `in process ${speedup.toFixed(1)}x at p50 (uncached p50 ${r.inProcess.uncached.p50} / p99 ${r.inProcess.uncached.p99} ms), hit ratio ${r.inProcess.hitRatio}; ` +
        `over HTTP ${httpSpeedup.toFixed(1)}x (uncached p50 ${r.http.uncached.p50} / p99 ${r.http.uncached.p99} ms), hit ratio ${r.http.hitRatio}`,
      met: warm.lookups > 0 && speedup >= 20,
    },
  ];
}

export function describeRelated(r: RelatedLookupResult): string {
  return `${r.articles} articles; in process: ${describeWay(r.inProcess)}; over HTTP: ${describeWay(r.http)}`;
}

function describeWay(w: RelatedWay): string {
  const errors = [w.uncached, ...w.cached].reduce((n, p) => n + p.errors, 0);
  return `uncached p50 ${w.uncached.p50} / p99 ${w.uncached.p99} ms; cached ${w.cached.map((p) => `${rate(p)} p50 ${p.p50} / p99 ${p.p99} ms`).join(', ')}; hit ratio ${w.hitRatio}; errors ${errors}`;
}

function rate(p: LookupPhase): string {
  return `${p.perSecond.toFixed(0)}/s at ${p.concurrency} in flight`;
}

function latency(p: LookupPhase): string {
  return `p50 ${p.p50} / p99 ${p.p99} ms at ${p.concurrency} in flight`;
}

/** The in-process load's own stalls, beside its p99: whether the tail was this process (GC, event loop) or the host. */
function stallsOf(p: LookupPhase): string {
  const s = p.stalls;
  return `meanwhile ${s.gcPauses} GC pauses, ${s.gcMs} ms in all, longest ${s.gcMaxMs} ms; event-loop delay p99 ${s.loopDelayP99Ms} / max ${s.loopDelayMaxMs} ms`;
}
