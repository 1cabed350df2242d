import { BenchResult } from './bench-result';

export function renderMarkdown(r: BenchResult): string {
  const p = r.pipeline;
  const rows = r.targets.map(
    (t) =>
      `| ${t.name} | ${t.goal} | ${t.measured} | ${t.met === undefined ? 'not measured' : t.met ? 'met' : 'not met'} |`,
  );
  const lag = Object.entries(r.lag).map(([stage, l]) => `${stage} max ${l.max} / mean ${l.meanInMaxPhase.toFixed(0)}`);
  return [
    `# Bench ${r.startedAt}`,
    '',
    `seed ${r.settings.seed}, ${r.machine.cpus} CPUs, Node ${r.machine.node}, topic prefix \`${r.settings.topicPrefix}\`; ${p.durationSplit}.`,
    '',
    '| target | goal | measured | result |',
    '|---|---|---|---|',
    ...rows,
    '',
    `- raw kafkajs passthrough: ${r.raw.consumed}/${r.raw.messages} messages, ${r.raw.megabytesPerSecond.toFixed(1)} MB/s, ${r.raw.messagesPerSecond.toFixed(0)} msgs/s${r.raw.complete ? '' : ' (timed out)'}`,
    `- fixed rate: p50 ${p.fixed.latencyMs.p50} / p95 ${p.fixed.latencyMs.p95} / p99 ${p.fixed.latencyMs.p99} / max ${p.fixed.latencyMs.max} ms`,
    `- max rate (${p.max.concurrency} in flight): ingest accepted ${p.max.acceptedPerSecond.toFixed(1)}/s, published ${p.max.publishedPerSecond.toFixed(1)}/s; p50 ${p.max.latencyMs.p50} / p99 ${p.max.latencyMs.p99} ms`,
    `- overload (${p.overload.offeredPerSecond}/s offered, twice the max-rate phase's published rate, for ${p.overload.seconds.toFixed(0)} s): offered ${p.overload.offered}, accepted (2xx) ${p.overload.accepted}, shed (503) ${p.overload.shed}, failed otherwise ${p.overload.failed}; per second offered ${(p.overload.offered / p.overload.seconds).toFixed(1)}, accepted ${(p.overload.accepted / p.overload.seconds).toFixed(1)}, shed ${(p.overload.shed / p.overload.seconds).toFixed(1)}, published ${p.overload.publishedPerSecond.toFixed(1)}; ${p.overload.latencyMs.count} accepted versions published, p99 ${p.overload.latencyMs.p99} ms`,
    `- answers: ${Object.entries(p.answers)
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ')}; not as the corpus expected: ${p.unexpectedAnswers}`,
    `- published ${p.published}, not published after ${p.drainSeconds.toFixed(0)} s drain: ${p.notPublishedAfterDrain}`,
    `- consumer lag (messages): ${lag.join('; ')}; bottleneck: ${r.bottleneck}`,
    `- CPU per published article (phase 2 and drain; unlike throughput, not changed by other load on the machine): ${Object.entries(
      r.cpu ?? {},
    )
      .sort((a, b) => b[1].msPerArticle - a[1].msPerArticle)
      .map(([name, c]) => `${name} ${c.msPerArticle.toFixed(1)} ms`)
      .join(', ')}`,
    ...besideServices(r),
    `- related-news lookups (targets judged in process; over HTTP the web stack and the load generator share the 2 cores): ${r.relatedNewsLookup}`,
    '',
  ].join('\n');
}

/** Where the rest of the cores went, and the ceiling the whole cost per article puts on two (or N) cores. */
function besideServices(r: BenchResult): string[] {
  const beside = r.cpuBesideServices;
  if (!beside?.machine) return [];
  const { machine, ...parts } = beside;
  const ceiling = machine.msPerArticle > 0 ? (r.machine.cpus * 1000) / machine.msPerArticle : 0;
  return [
    `- CPU per published article beside the services (same span): ${Object.entries(parts)
      .map(([name, c]) => `${name} ${c.msPerArticle.toFixed(1)} ms`)
      .join(
        ', ',
      )}; the machine in all ${machine.msPerArticle.toFixed(1)} ms, a ceiling of ${ceiling.toFixed(0)} articles/s on ${r.machine.cpus} cores at this cost`,
  ];
}
