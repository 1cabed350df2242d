import { MigrationInterface, QueryRunner } from 'typeorm';
import { SEED_TERMS, normalizeTerm } from '@news/glossary';
import { migrationSchema } from '@news/persistence';

/**
 * The bilingual term base, seeded with the lib's SEED_TERMS (the terms the
 * reference needs). Editors change it through the API or CSV from then on;
 * a seed added to the lib later reaches existing desks by a migration of its own.
 */
export class CreateGlossaryTerms1764000000800 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${s}.glossary_terms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category text NOT NULL CHECK (category IN ('actor', 'place', 'title', 'other')),
        ar text NOT NULL CHECK (ar <> ''),
        ar_variants text[] NOT NULL DEFAULT '{}',
        ar_forbidden text[] NOT NULL DEFAULT '{}',
        en text NOT NULL CHECK (en <> ''),
        en_variants text[] NOT NULL DEFAULT '{}',
        en_forbidden text[] NOT NULL DEFAULT '{}',
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (ar, en)
      )`);
    for (const t of SEED_TERMS.map(normalizeTerm))
      await queryRunner.query(
        `INSERT INTO ${s}.glossary_terms (category, ar, ar_variants, ar_forbidden, en, en_variants, en_forbidden, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          t.category,
          t.ar.preferred,
          t.ar.variants,
          t.ar.forbidden,
          t.en.preferred,
          t.en.variants,
          t.en.forbidden,
          t.note ?? null,
        ],
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.glossary_terms`);
  }
}
