import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKafka } from '@news/messaging';
import { readBenchOptions } from './bench-options';
import { CorpusStream } from './corpus/corpus-stream';
import { enrichTarget, measureEnrichSpeed } from './enrich/enrich-speed';
import { measureRawPassthrough } from './kafka/raw-passthrough';
import { runPipeline } from './pipeline-run';
import { measureRelatedLookups } from './related/related-lookups';
import { describeRelated, relatedTargets } from './related/related-targets';
import { BenchResult } from './report/bench-result';
import { buildResult } from './report/build-result';
import { renderMarkdown } from './report/markdown';
import { renderSvg } from './report/svg-chart';

const CORPUS = { repostShare: 0.05, updateShare: 0.05 };
const RAW_TIMEOUT_MS = 120_000;
const RAW_PAYLOADS = 500;
// 200 cold lookups per way take about a minute on 2 cores; the warm loads are short but many thousand lookups.
const RELATED = { articles: 200, warmSeconds: 5, inProcessConcurrency: 16, httpConcurrency: [8, 64] };
const ENRICH = { articles: 200, seconds: 5 };

/**
 * The benchmark behind `npm run bench`: the raw Kafka passthrough, then the
 * pipeline under a fixed and a maximum offered rate. bench.sh starts and stops
 * the services; this measures and writes bench/results/<timestamp>.*.
 */
async function main(): Promise<void> {
  const options = readBenchOptions(process.argv.slice(2), process.env);
  const startedAt = new Date();
  const kafka = createKafka({ brokers: options.brokers, clientId: 'bench' });

  const sample = new CorpusStream({ seed: options.seed, ...CORPUS });
  const payloads = Array.from({ length: RAW_PAYLOADS }, () => Buffer.from(sample.next().text, 'utf8'));
  log(`phase 1: raw kafkajs passthrough of ${options.rawMessages} messages (${avgKb(payloads)} kB average)`);
  const raw = await measureRawPassthrough(
    kafka,
    `${options.topicPrefix}.bench.raw`,
    payloads,
    options.rawMessages,
    RAW_TIMEOUT_MS,
  );
  log(`  ${raw.messagesPerSecond.toFixed(0)} msgs/s, ${raw.megabytesPerSecond.toFixed(1)} MB/s`);

  log(
    `phase 2: pipeline, ${options.durationSeconds / 2} s at ${options.rate}/s then ${options.durationSeconds / 2} s at max rate (${options.concurrency} in flight)`,
  );
  const run = await runPipeline(kafka, options, new CorpusStream({ seed: options.seed, ...CORPUS }));
  const result = buildResult(startedAt, options, raw, run);

  log(
    `phase 3: related-news lookups on this run's corpus, in process (${RELATED.inProcessConcurrency} in flight) and over HTTP (${RELATED.httpConcurrency.join(' and ')} in flight), ${RELATED.warmSeconds} s each cached`,
  );
  const related = await measureRelatedLookups({
    publishUrl: options.publishUrl,
    schemaPrefix: `${options.topicPrefix}_`,
    ...RELATED,
  });
  log(`  ${describeRelated(related)}`);
  result.related = related;
  result.relatedNewsLookup = describeRelated(related);
  result.targets = result.targets.flatMap((t) => (t.name === 'related-news lookup' ? relatedTargets(related) : [t]));

  log(`phase 4: enrich's fact finding in process on ${ENRICH.articles} of the corpus's stories, ${ENRICH.seconds} s`);
  result.enrich = measureEnrichSpeed(
    new CorpusStream({ seed: options.seed, ...CORPUS }),
    ENRICH.articles,
    ENRICH.seconds,
  );
  result.targets.push(enrichTarget(result.enrich));
  const markdown = renderMarkdown(result);
  writeResults(options.resultsDir, result, markdown);
  process.stdout.write(`\n${markdown}`);
}

function writeResults(dir: string, result: BenchResult, markdown: string): void {
  mkdirSync(dir, { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, '-');
  writeFileSync(join(dir, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(dir, `${stamp}.md`), markdown);
  writeFileSync(join(dir, `${stamp}.svg`), renderSvg(result));
  log(`results: ${join(dir, stamp)}.{json,md,svg}`);
}

function avgKb(payloads: readonly Buffer[]): string {
  return (payloads.reduce((n, p) => n + p.length, 0) / payloads.length / 1024).toFixed(1);
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`bench failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
