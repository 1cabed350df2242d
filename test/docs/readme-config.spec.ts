import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceEnv } from '@news/config';
import { ingestEnv } from '../../apps/ingest/src/ingest-config';
import { publishEnv } from '../../apps/publish/src/publish-config';
import { translateQueueEnv } from '../../apps/translate-queue/src/translate-queue-config';

/** Each service's environment schema is the list of what it reads; enrich reads the shared one. */
const SCHEMAS = { ingest: ingestEnv, 'translate-queue': translateQueueEnv, publish: publishEnv, enrich: serviceEnv(0) };

const README_ROWS = readFileSync(join(__dirname, '../../README.md'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => /^\| `([A-Z][A-Z0-9_]+)`/.exec(line)?.[1]);

describe("the README's configuration tables", () => {
  it.each(Object.entries(SCHEMAS))('have a row for every variable %s reads', (_service, schema) => {
    const variables = Object.keys(schema.shape);
    expect(variables.length).toBeGreaterThan(10);
    expect(variables.filter((name) => !README_ROWS.includes(name))).toEqual([]);
  });

  it('document no variable that no service reads', () => {
    const read = new Set(Object.values(SCHEMAS).flatMap((schema) => Object.keys(schema.shape)));
    const documented = README_ROWS.filter((name): name is string => name !== undefined);
    expect(documented.filter((name) => !read.has(name))).toEqual([]);
  });
});
