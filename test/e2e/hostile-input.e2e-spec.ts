import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { extname, join, relative } from 'node:path';
import { RunningPipeline, startPipeline } from '../support/pipeline';
import { describeMutations, mutate, mutationsArbitrary, uniqueRunPrefix } from '@news/testing';

/**
 * Seeded mutations of real documents, the hostile classes included, posted
 * to ingest; random ids asked of publish; malformed HTTP sent to both. Never
 * a 5xx; every 4xx a problem+json. FUZZ_CASES_PER_FORMAT sets the size
 * (`npm run fuzz` runs a long one and prints the counts); FUZZ_SEED replays.
 */
const CASES_PER_FORMAT = Number(process.env.FUZZ_CASES_PER_FORMAT ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const CONCURRENCY = 8;
const FIXTURES = join(__dirname, '../fixtures');
/** The workspace's own samples (IPTC's), read in place: CI always has them, and a missing one fails the test. */
const SHARED_FORMATS = join(__dirname, '../../../shared/formats');
jest.setTimeout(30 * 60_000);

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
};

interface Seed {
  name: string;
  format: string;
  contentType: string;
  body: Buffer;
}

/** The reference article, every real wire document kept as a fixture (by format: their folder) and the shared samples. */
function seeds(): Seed[] {
  const files = walk(FIXTURES).filter((file) => extname(file) in CONTENT_TYPES);
  const kept = files.map((file) => ({
    name: relative(FIXTURES, file),
    format: relative(FIXTURES, file).split('/').slice(-2, -1)[0] ?? 'page-capture',
    contentType: CONTENT_TYPES[extname(file)],
    body: readFileSync(file),
  }));
  const shared = readdirSync(SHARED_FORMATS).map((name) => ({
    name: `shared/formats/${name}`,
    format: /^(newsml-g2|newsml-1|ninjs|nitf|rss-1.0|rss|atom)/.exec(name)?.[1] ?? 'unknown',
    contentType: CONTENT_TYPES[extname(name)],
    body: readFileSync(join(SHARED_FORMATS, name)),
  }));
  return [...kept, ...shared];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

interface Outcome {
  status: number;
  problemJson: boolean;
  what: string;
}

async function inBatches<T>(items: T[], work: (item: T) => Promise<Outcome>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < items.length; i += CONCURRENCY)
    outcomes.push(...(await Promise.all(items.slice(i, i + CONCURRENCY).map(work))));
  return outcomes;
}

function tally(outcomes: Outcome[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of outcomes) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

function badAnswers(outcomes: Outcome[]): string[] {
  return outcomes
    .filter((o) => o.status >= 500 || (o.status >= 400 && !o.problemJson))
    .slice(0, 10)
    .map((o) => `${o.status}${o.problemJson ? '' : ' (not problem+json)'}: ${o.what}`);
}

async function outcomeOf(response: Response, what: string): Promise<Outcome> {
  await response.arrayBuffer();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, problemJson: type.startsWith('application/problem+json'), what };
}

describe('hostile and broken input, against the real services', () => {
  let pipeline: RunningPipeline;
  const all = seeds();
  const formats = [...new Set(all.map((s) => s.format))].sort();

  beforeAll(async () => {
    pipeline = await startPipeline(uniqueRunPrefix('fuzz'));
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  it('has real documents of every kind to mutate (../fixtures), the reference article among them', () => {
    expect(all.some((s) => s.name === 'smart-2018-02-13-idlib.txt')).toBe(true);
    expect(all.some((s) => s.name === 'shared/formats/nitf-3.4-ap.xml')).toBe(true);
    expect(formats.length).toBeGreaterThanOrEqual(5);
  });

  it.each(formats)(
    'answers every mutated %s document with a 2xx or a problem+json 4xx, never a 5xx',
    async (format) => {
      const ofFormat = all.filter((s) => s.format === format);
      const cases = fc.sample(
        fc.record({
          seed: fc.integer({ min: 0, max: ofFormat.length - 1 }),
          mutations: mutationsArbitrary,
          declared: fc.oneof(fc.constant('declared'), fc.constant('none'), fc.constant('wrong')),
        }),
        { seed: SEED + format.length, numRuns: CASES_PER_FORMAT },
      );
      const outcomes = await inBatches(cases, async ({ seed, mutations, declared }) => {
        const base = ofFormat[seed];
        const body = mutate(base.body, mutations);
        const contentType = { declared: base.contentType, none: undefined, wrong: 'application/json' }[declared];
        const response = await fetch(`${pipeline.ingestUrl}/v1/articles`, {
          method: 'POST',
          headers: { ...pipeline.feedHeaders, ...(contentType ? { 'content-type': contentType } : {}) },
          body,
        });
        return outcomeOf(response, `${base.name} [${declared}] ${describeMutations(mutations)}`);
      });
      console.log(`fuzz ${format}: ${JSON.stringify(tally(outcomes))}`);
      expect(badAnswers(outcomes)).toEqual([]);
    },
  );

  it('answers any article id asked of publish with 400 or 404 problem+json', async () => {
    const ids = [
      '%00',
      '%ff%fe',
      '..%2f..%2fetc%2fpasswd',
      'A'.repeat(5000),
      '0'.repeat(32),
      ...fc
        .sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }), { seed: SEED, numRuns: 200 })
        .map(encodeURIComponent),
    ];
    const outcomes = await inBatches(ids, async (id) =>
      outcomeOf(await fetch(`${pipeline.publishUrl}/v1/articles/${id}`), `GET /v1/articles/${id.slice(0, 60)}`),
    );
    expect(badAnswers(outcomes)).toEqual([]);
    expect(outcomes.every((o) => o.status === 400 || o.status === 404)).toBe(true);
  });

  it.each([
    ['a malformed request line', 'GET /v1/articles HTTP/9.9x\r\nHost: x\r\n\r\n', 400],
    ['a header without a colon', 'GET /health/live HTTP/1.1\r\nHost: x\r\nBroken header\r\n\r\n', 400],
    ['oversize headers', `GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`, 431],
  ])('answers %s with problem+json, not an empty body', async (_what, raw, status) => {
    const answer = await rawRequest(new URL(pipeline.ingestUrl), raw);
    expect(answer).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(answer).toMatch(/"status":\s*\d{3}/);
  });

  it('does not say which framework it runs on', async () => {
    const response = await fetch(`${pipeline.ingestUrl}/health/live`);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

function rawRequest(url: URL, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(raw));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer));
    socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
  });
}
