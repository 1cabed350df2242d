import { BenchResult, Target } from './bench-result';

const MB_LIMIT = 250;

/** The targets, each with what this run measured. */
export function evaluateTargets(r: Omit<BenchResult, 'targets'>): Target[] {
  const sustained = r.pipeline.max.publishedPerSecond;
  const share = r.raw.messagesPerSecond > 0 ? sustained / r.raw.messagesPerSecond : 0;
  const p99 = r.pipeline.fixed.latencyMs.p99;
  const rss = Object.entries(r.rss).sort((a, b) => b[1].maxMb - a[1].maxMb);
  const [heaviest] = rss;
  return [
    {
      name: 'sustained throughput',
      goal: '≥ 500 articles/s',
      measured: `${sustained.toFixed(1)} articles/s published`,
      met: sustained >= 500,
    },
    {
      name: 'share of raw passthrough',
      goal: '≥ 5% of raw kafkajs msgs/s',
      measured: `${(share * 100).toFixed(1)}% (${sustained.toFixed(1)} of ${r.raw.messagesPerSecond.toFixed(0)} msgs/s)`,
      met: share >= 0.05,
    },
    {
      name: 'end-to-end p99 latency',
      goal: '≤ 300 ms at 100/s offered',
      measured: `${p99} ms at ${r.pipeline.fixed.offeredPerSecond}/s offered (n=${r.pipeline.fixed.latencyMs.count})`,
      met: r.pipeline.fixed.latencyMs.count > 0 && p99 <= 300,
    },
    {
      name: 'RSS per service',
      goal: `≤ ${MB_LIMIT} MB each`,
      measured: heaviest
        ? rss.map(([name, s]) => `${name} ${s.maxMb.toFixed(0)}`).join(', ') + ' MB (max)'
        : 'no samples',
      met: heaviest !== undefined && heaviest[1].maxMb <= MB_LIMIT,
    },
    overloadTarget(r),
    { name: 'related-news lookup', goal: '-', measured: r.relatedNewsLookup },
  ];
}

/**
 * Overload is handled cleanly when everything beyond what ingest takes is
 * shed with 503 (no timeouts, no other errors) and every article it accepted
 * is published. Memory is the RSS target's, which covers this phase too.
 */
function overloadTarget(r: Omit<BenchResult, 'targets'>): Target {
  const o = r.pipeline.overload;
  const lost = r.pipeline.notPublishedAfterDrain;
  return {
    name: 'overload shed cleanly',
    goal: 'at 2× sustained: excess answered 503, no other failures, nothing accepted lost',
    measured: `${o.offered} offered, ${o.accepted} accepted, ${o.shed} shed, ${o.failed} failed otherwise; ${lost} accepted but not published`,
    met: o.offered > 0 && o.failed === 0 && lost === 0,
  };
}
