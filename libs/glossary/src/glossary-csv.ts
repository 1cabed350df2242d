import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { GlossaryError, GlossaryTerm, TermCategory, normalizeTerm } from './glossary-term';

/**
 * The CSV a translation editor keeps in a spreadsheet: one term per row,
 * lists of spellings separated by "|". UTF-8, a header row, RFC 4180 quoting.
 */
export const GLOSSARY_CSV_COLUMNS = [
  'category',
  'ar',
  'ar_variants',
  'ar_forbidden',
  'en',
  'en_variants',
  'en_forbidden',
  'note',
] as const;

const LIST_SEPARATOR = '|';

export function glossaryToCsv(terms: readonly GlossaryTerm[]): string {
  return stringify(
    terms.map((t) => [
      t.category,
      t.ar.preferred,
      t.ar.variants.join(LIST_SEPARATOR),
      t.ar.forbidden.join(LIST_SEPARATOR),
      t.en.preferred,
      t.en.variants.join(LIST_SEPARATOR),
      t.en.forbidden.join(LIST_SEPARATOR),
      t.note ?? '',
    ]),
    { header: true, columns: [...GLOSSARY_CSV_COLUMNS], record_delimiter: '\n' },
  );
}

/**
 * Reads a glossary CSV; throws a GlossaryError naming the line at fault.
 * Columns may come in any order; `category`, `ar` and `en` are required,
 * the others may be left out.
 */
export function glossaryFromCsv(csv: string): GlossaryTerm[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (error) {
    throw new GlossaryError(`not a readable CSV: ${(error as Error).message}`);
  }
  if (rows.length > 0) {
    const header = Object.keys(rows[0]);
    const unknown = header.filter((h) => !(GLOSSARY_CSV_COLUMNS as readonly string[]).includes(h));
    if (unknown.length > 0)
      throw new GlossaryError(
        `unknown column(s) ${unknown.join(', ')}; the columns are ${GLOSSARY_CSV_COLUMNS.join(', ')}`,
        'line 1',
      );
    const missing = ['category', 'ar', 'en'].filter((c) => !header.includes(c));
    if (missing.length > 0) throw new GlossaryError(`missing column(s) ${missing.join(', ')}`, 'line 1');
  }
  return rows.map((row, index) => {
    const line = `line ${index + 2}`;
    try {
      return normalizeTerm({
        category: (row.category || 'other') as TermCategory,
        ar: { preferred: row.ar ?? '', variants: list(row.ar_variants), forbidden: list(row.ar_forbidden) },
        en: { preferred: row.en ?? '', variants: list(row.en_variants), forbidden: list(row.en_forbidden) },
        ...(row.note ? { note: row.note } : {}),
      });
    } catch (error) {
      throw new GlossaryError(`${line}: ${(error as Error).message}`, line);
    }
  });
}

function list(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}
