import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureSpeed } from './enrich-speed';
import { labelledSet } from './labelled-set';
import { ENTITY_TYPES, referenceBody, runEval } from './score';

/** `npm run eval`: P/R/F1 per entity type on the labelled set; the report goes to eval/results/<timestamp>.json. */
function main(): void {
  const root = resolve(__dirname, process.env.EVAL_ROOT ?? '../..');
  // speed first, on a fresh process: start-up is the first call's cost
  const speed = measureSpeed(labelledSet(referenceBody(root)));
  const report = runEval(root);
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
  console.log(
    `enrich eval: ${report.articles} articles (${Object.entries(report.byLanguage)
      .map(([l, n]) => `${n} ${l}`)
      .join(', ')})`,
  );
  console.log('type            precision  recall      F1    tp  fp  fn');
  for (const type of ENTITY_TYPES) {
    const s = report.scores[type];
    console.log(
      `${type.padEnd(14)} ${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}  ${String(s.tp).padStart(4)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}`,
    );
  }
  console.log(
    `translation pairs with different place/organisation ids: ${report.pairsWithDifferentIds.join(', ') || 'none'}`,
  );
  console.log(
    `speed (in process, one core): ${speed.articlesPerCpuSecond} articles per CPU second ` +
      `(${speed.articlesPerWallSecond}/s by the wall clock) at ${speed.averageChars} chars on average; ` +
      `the reference article (4,600 chars): ${speed.referencePerCpuSecond} per CPU second`,
  );
  console.log(
    `start-up (gazetteer + actors): ${speed.startupMs} ms; RSS ${speed.rssMb} MB, heap ${speed.heapUsedMb} MB`,
  );
  const dir = join(root, 'eval/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ createdAt: new Date().toISOString(), speed, ...report }, null, 2)}\n`);
  console.log(`written ${file}`);
}

main();
