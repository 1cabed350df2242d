/**
 * npm run k8s:topics: writes the Strimzi KafkaTopics/KafkaUsers and the KEDA
 * ScaledObjects that follow from libs/contracts. `--check` writes nothing and
 * exits 1 naming the files that differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from './kafka-resources';

// Run from the repository root (scripts/k8s-topics.sh cds there).
const repoRoot = process.cwd();
const check = process.argv.includes('--check');
const stale: string[] = [];

for (const [path, content] of Object.entries(generatedFiles())) {
  const file = join(repoRoot, path);
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: written below
  }
  if (current === content) continue;
  if (check) stale.push(path);
  else {
    writeFileSync(file, content);
    console.log(`wrote ${path}`);
  }
}

if (stale.length > 0) {
  console.error(`out of date with libs/contracts (run npm run k8s:topics): ${stale.join(', ')}`);
  process.exit(1);
}
