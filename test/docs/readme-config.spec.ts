import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

/** Every .ts file under a folder, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !/[.-]spec\.ts$/.test(path) ? [path] : [];
  });
}

/** The variables the config loaders read: `readX(env, 'NAME'…)` and `const VARIABLE = 'NAME'`. */
function variablesRead(): string[] {
  const names = new Set<string>();
  for (const file of [...sources(join(ROOT, 'apps')), ...sources(join(ROOT, 'libs'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/read[A-Za-z]*\(env, '([A-Z][A-Z0-9_]+)'/g)) names.add(m[1]);
    for (const m of text.matchAll(/const VARIABLE = '([A-Z][A-Z0-9_]+)'/g)) names.add(m[1]);
  }
  return [...names].sort();
}

describe('the configuration the README documents', () => {
  it('has a table row for every variable a service reads', () => {
    const rows = readFileSync(join(ROOT, 'README.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    const variables = variablesRead();
    expect(variables.length).toBeGreaterThan(20); // the scan found the loaders
    expect(variables.filter((name) => !rows.some((row) => row.startsWith(`| \`${name}\``)))).toEqual([]);
  });
});
