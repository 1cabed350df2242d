import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GlossaryTerm, TermCategory } from '@news/glossary';
import { Queryable, returnedRows, tableIn } from '../sql';

interface TermRow {
  id: string;
  category: TermCategory;
  ar: string;
  ar_variants: string[];
  ar_forbidden: string[];
  en: string;
  en_variants: string[];
  en_forbidden: string[];
  note: string | null;
}

function toTerm(row: TermRow): GlossaryTerm {
  return {
    id: row.id,
    category: row.category,
    ar: { preferred: row.ar, variants: row.ar_variants, forbidden: row.ar_forbidden },
    en: { preferred: row.en, variants: row.en_variants, forbidden: row.en_forbidden },
    ...(row.note ? { note: row.note } : {}),
  };
}

function values(t: GlossaryTerm): unknown[] {
  return [
    t.category,
    t.ar.preferred,
    t.ar.variants,
    t.ar.forbidden,
    t.en.preferred,
    t.en.variants,
    t.en.forbidden,
    t.note ?? null,
  ];
}

const COLUMNS = 'category, ar, ar_variants, ar_forbidden, en, en_variants, en_forbidden, note';

/** glossary_terms: one row per term (an Arabic and English pair). */
@Injectable()
export class GlossaryRepository {
  private readonly terms: string;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.terms = tableIn(dataSource, 'glossary_terms');
  }

  async list(): Promise<GlossaryTerm[]> {
    const rows = await this.dataSource.query<TermRow[]>(
      `SELECT id, ${COLUMNS} FROM ${this.terms} ORDER BY category, en`,
    );
    return rows.map(toTerm);
  }

  /** null when the pair (Arabic, English) is there already. */
  async insert(term: GlossaryTerm): Promise<GlossaryTerm | null> {
    const rows = await this.dataSource.query<TermRow[]>(
      `INSERT INTO ${this.terms} (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (ar, en) DO NOTHING RETURNING id, ${COLUMNS}`,
      values(term),
    );
    return rows[0] ? toTerm(rows[0]) : null;
  }

  /** Adds new pairs and replaces the variants, forbidden forms and note of existing ones, in one transaction. */
  async upsertAll(terms: readonly GlossaryTerm[]): Promise<{ added: number; updated: number }> {
    return this.dataSource.transaction(async (tx: Queryable) => {
      let added = 0;
      for (const term of terms) {
        const [row] = await tx.query<{ inserted: boolean }[]>(
          `INSERT INTO ${this.terms} (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (ar, en) DO UPDATE SET category = EXCLUDED.category, ar_variants = EXCLUDED.ar_variants,
             ar_forbidden = EXCLUDED.ar_forbidden, en_variants = EXCLUDED.en_variants,
             en_forbidden = EXCLUDED.en_forbidden, note = EXCLUDED.note, updated_at = now()
           RETURNING (xmax = 0) AS inserted`,
          values(term),
        );
        if (row.inserted) added++;
      }
      return { added, updated: terms.length - added };
    });
  }

  /** false when no term has that id. */
  async delete(id: string): Promise<boolean> {
    const result = await this.dataSource.query<unknown>(`DELETE FROM ${this.terms} WHERE id = $1 RETURNING id`, [id]);
    return returnedRows(result).length > 0;
  }
}
