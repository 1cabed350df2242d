import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { IntakeError } from '../apps/ingest/src/formats/intake-error';
import { parseDocument } from '../apps/ingest/src/formats/parse-document';
import { ParsedArticle } from '../apps/ingest/src/formats/parsed-article';

const USAGE = `usage: bash scripts/feed-acceptance.sh [fixtures-dir] [--json out.json]
  Passes every real feed document under the fixtures directory (default
  test/fixtures/real-feeds; its first-level folder names the format) to
  parseDocument and prints, per format, how many were accepted (at least one
  story) and refused, with each refusal's IntakeError code and message.
  The same report goes to .run/feed-acceptance.json unless --json says otherwise.`;

/** What the media type of a real fetch would most likely be, by the file's extension (format-choice.ts sniffs the rest). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.txt': 'text/plain',
};

/** A refusal as this report lists it: the document's (an IntakeError) or one item's, within an accepted document. */
interface Refusal {
  code: string;
  message: string;
  pointer?: string;
}

interface ItemRefusal extends Refusal {
  index: number;
  guid?: string;
}

/**
 * parseDocument returned ParsedArticle[] and now returns { stories, refused, encoding };
 * either is read, so the measure runs against the parser before and after that change.
 */
type ParseResult =
  | ParsedArticle[]
  | { stories: ParsedArticle[]; refused?: readonly ItemRefusal[]; storyIndexes?: number[]; encoding?: string };

interface DocumentOutcome {
  file: string;
  format: string;
  contentType: string | null;
  bytes: number;
  /** accepted: read (an empty feed included); refused: an IntakeError, or every item refused; crashed: any other error (a parser bug). */
  outcome: 'accepted' | 'refused' | 'crashed';
  stories: number;
  encoding?: string;
  headlines: string[];
  refusal?: Refusal;
  refusedItems: ItemRefusal[];
  ms: number;
}

interface FormatSummary {
  format: string;
  documents: number;
  accepted: number;
  refused: number;
  crashed: number;
  acceptanceRate: number;
  stories: number;
  refusedItems: number;
}

function main(argv: string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const jsonAt = argv.indexOf('--json');
  const jsonOut = resolve(jsonAt >= 0 && argv[jsonAt + 1] ? argv[jsonAt + 1] : '.run/feed-acceptance.json');
  const positional = argv.filter((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
  const root = resolve(positional[0] ?? 'test/fixtures/real-feeds');

  const files = listFiles(root).filter((f) => extname(f) in CONTENT_TYPES);
  if (files.length === 0) {
    console.error(`error: no fixtures under ${root}`);
    process.exitCode = 1;
    return;
  }
  const outcomes = files.map((file) => measure(root, file));
  const summaries = summarise(outcomes);

  console.log(render(summaries, outcomes));
  mkdirSync(dirname(jsonOut), { recursive: true });
  writeFileSync(
    jsonOut,
    JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        fixtures: relative(process.cwd(), root),
        summaries,
        documents: outcomes,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`\nwritten: ${relative(process.cwd(), jsonOut)}`);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

function measure(root: string, path: string): DocumentOutcome {
  const file = relative(root, path);
  const format = file.includes(sep) ? file.split(sep)[0] : '(none)';
  const contentType = CONTENT_TYPES[extname(path)] ?? null;
  const body = readFileSync(path);
  const base = {
    file,
    format,
    contentType,
    bytes: body.length,
    stories: 0,
    headlines: [] as string[],
    refusedItems: [] as ItemRefusal[],
  };
  const started = process.hrtime.bigint();
  const ms = () => Number((process.hrtime.bigint() - started) / 1000n) / 1000;
  try {
    const result: ParseResult = parseDocument(body, contentType ?? undefined, { timeZone: 'UTC' });
    const stories: ParsedArticle[] = isArticleList(result) ? result : result.stories;
    const refusedItems = isArticleList(result) ? [] : [...(result.refused ?? [])].map(itemRefusal);
    const encoding = isArticleList(result) ? undefined : result.encoding;
    const headlines = stories.slice(0, 3).map((s) => s.headline);
    // A feed with no items is a valid document (ingest answers it 200 with no articles), not a refusal.
    if (stories.length === 0 && refusedItems.length > 0)
      return {
        ...base,
        outcome: 'refused',
        encoding,
        refusedItems,
        refusal: { code: 'NO_STORIES', message: 'every item of the document was refused' },
        ms: ms(),
      };
    return { ...base, outcome: 'accepted', stories: stories.length, encoding, headlines, refusedItems, ms: ms() };
  } catch (error) {
    if (isIntakeError(error))
      return {
        ...base,
        outcome: 'refused',
        refusal: { code: error.code, message: error.message, pointer: error.pointer },
        ms: ms(),
      };
    const e = error instanceof Error ? error : new Error(String(error));
    return { ...base, outcome: 'crashed', refusal: { code: e.name, message: e.message }, ms: ms() };
  }
}

// Array.isArray alone would widen the old shape's elements to any.
function isArticleList(result: ParseResult): result is ParsedArticle[] {
  return Array.isArray(result);
}

// instanceof, or the shape, should the script and the parser ever load two copies of the class.
function isIntakeError(error: unknown): error is IntakeError {
  return (
    error instanceof IntakeError ||
    (error instanceof Error && error.name === 'IntakeError' && typeof (error as { code?: unknown }).code === 'string')
  );
}

function itemRefusal(item: ItemRefusal): ItemRefusal {
  return { index: item.index, guid: item.guid, code: item.code, message: item.message, pointer: item.pointer };
}

function summarise(outcomes: DocumentOutcome[]): FormatSummary[] {
  const formats = [...new Set(outcomes.map((o) => o.format))].sort();
  const of = (docs: DocumentOutcome[], format: string): FormatSummary => {
    const count = (outcome: DocumentOutcome['outcome']) => docs.filter((d) => d.outcome === outcome).length;
    const accepted = count('accepted');
    return {
      format,
      documents: docs.length,
      accepted,
      refused: count('refused'),
      crashed: count('crashed'),
      acceptanceRate: docs.length ? accepted / docs.length : 0,
      stories: docs.reduce((n, d) => n + d.stories, 0),
      refusedItems: docs.reduce((n, d) => n + d.refusedItems.length, 0),
    };
  };
  return [
    ...formats.map((f) =>
      of(
        outcomes.filter((o) => o.format === f),
        f,
      ),
    ),
    of(outcomes, 'all'),
  ];
}

function render(summaries: FormatSummary[], outcomes: DocumentOutcome[]): string {
  const header = ['format', 'documents', 'accepted', 'refused', 'crashed', 'rate', 'stories', 'items refused'];
  const rows = summaries.map((s) => [
    s.format,
    String(s.documents),
    String(s.accepted),
    String(s.refused),
    String(s.crashed),
    `${Math.round(s.acceptanceRate * 100)}%`,
    String(s.stories),
    String(s.refusedItems),
  ]);
  const lines = [table(header, rows)];

  const refused = outcomes.filter((o) => o.outcome !== 'accepted');
  lines.push('', `Refused documents (${refused.length}):`);
  for (const o of refused) {
    const r = o.refusal;
    lines.push(`  ${o.file}  [${o.outcome}] ${r?.code}: ${r?.message}${r?.pointer ? ` (at ${r.pointer})` : ''}`);
  }

  const partial = outcomes.filter((o) => o.outcome === 'accepted' && o.refusedItems.length > 0);
  if (partial.length > 0) {
    lines.push('', 'Items refused inside accepted documents:');
    for (const o of partial) {
      lines.push(`  ${o.file}  (${o.stories} stories, ${o.refusedItems.length} items refused)`);
      for (const r of o.refusedItems)
        lines.push(`    item ${r.index}: ${r.code}: ${r.message}${r.pointer ? ` (at ${r.pointer})` : ''}`);
    }
  }
  return lines.join('\n');
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

main(process.argv.slice(2));
