import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@news/persistence';
import { simhash64, simhashBands, simhashToSql } from '../dedupe/simhash';

/**
 * Duplicates across feeds and translations linked to their originals:
 * the article facts both match on (language, source language, publish time),
 * a fingerprint per article with four indexed bands, and the links.
 * Articles stored before this migration get their facts and fingerprints here.
 */
export class CreateFingerprintsAndTranslationLinks1764000000300 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`
      ALTER TABLE ${s}.articles
        ADD COLUMN language text,
        ADD COLUMN translated_from text,
        ADD COLUMN published_at timestamptz,
        ADD COLUMN named_original_id text,
        ADD COLUMN duplicate_of text REFERENCES ${s}.articles (article_id)`);
    await queryRunner.query(`
      UPDATE ${s}.articles SET
        language = document->>'language',
        translated_from = document#>>'{newsroom,translation,fromLanguage}',
        published_at = (document->>'versionCreated')::timestamptz`);
    await queryRunner.query(
      `ALTER TABLE ${s}.articles ALTER COLUMN language SET NOT NULL, ALTER COLUMN published_at SET NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX articles_originals_by_time ON ${s}.articles (feed, language, published_at)`);
    await queryRunner.query(
      `CREATE INDEX articles_translations_by_time ON ${s}.articles (feed, translated_from, published_at) WHERE translated_from IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX articles_named_original ON ${s}.articles (named_original_id) WHERE named_original_id IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE ${s}.fingerprints (
        article_id text PRIMARY KEY REFERENCES ${s}.articles (article_id) ON DELETE CASCADE,
        feed text NOT NULL,
        simhash bigint NOT NULL,
        shingles int NOT NULL CHECK (shingles >= 0),
        band0 int NOT NULL CHECK (band0 BETWEEN 0 AND 65535),
        band1 int NOT NULL CHECK (band1 BETWEEN 0 AND 65535),
        band2 int NOT NULL CHECK (band2 BETWEEN 0 AND 65535),
        band3 int NOT NULL CHECK (band3 BETWEEN 0 AND 65535),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (let band = 0; band < 4; band++) {
      await queryRunner.query(`CREATE INDEX fingerprints_band${band} ON ${s}.fingerprints (band${band})`);
    }

    await queryRunner.query(`
      CREATE TABLE ${s}.translation_links (
        translation_id text PRIMARY KEY REFERENCES ${s}.articles (article_id) ON DELETE CASCADE,
        original_id text NOT NULL REFERENCES ${s}.articles (article_id) ON DELETE CASCADE,
        language text NOT NULL,
        matched_by text NOT NULL CHECK (matched_by IN ('named-original', 'publish-time')),
        linked_at timestamptz NOT NULL DEFAULT now(),
        CHECK (translation_id <> original_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX translation_links_original ON ${s}.translation_links (original_id, language)`,
    );

    await backfillFingerprints(queryRunner, s);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${s}.translation_links`);
    await queryRunner.query(`DROP TABLE ${s}.fingerprints`);
    await queryRunner.query(`DROP INDEX ${s}.articles_named_original`);
    await queryRunner.query(`DROP INDEX ${s}.articles_translations_by_time`);
    await queryRunner.query(`DROP INDEX ${s}.articles_originals_by_time`);
    await queryRunner.query(`
      ALTER TABLE ${s}.articles
        DROP COLUMN duplicate_of, DROP COLUMN named_original_id, DROP COLUMN published_at, DROP COLUMN translated_from, DROP COLUMN language`);
  }
}

/** Fingerprints of the articles already stored, a page at a time: headline and plain-text body, as accepting them would have made. */
async function backfillFingerprints(queryRunner: QueryRunner, s: string): Promise<void> {
  let after = '';
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT article_id, feed, document#>>'{headlines,0,value}' AS headline,
              (SELECT b->>'value' FROM jsonb_array_elements(document->'bodies') b WHERE b->>'contentType' = 'text/plain' LIMIT 1) AS body
         FROM ${s}.articles WHERE article_id > $1 ORDER BY article_id LIMIT 500`,
      [after],
    )) as { article_id: string; feed: string; headline: string | null; body: string | null }[];
    if (rows.length === 0) return;
    for (const row of rows) {
      const fingerprint = simhash64(`${row.headline ?? ''}\n${row.body ?? ''}`);
      const [b0, b1, b2, b3] = simhashBands(fingerprint.value);
      await queryRunner.query(
        `INSERT INTO ${s}.fingerprints (article_id, feed, simhash, shingles, band0, band1, band2, band3) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [row.article_id, row.feed, simhashToSql(fingerprint.value), fingerprint.shingles, b0, b1, b2, b3],
      );
    }
    after = rows[rows.length - 1].article_id;
  }
}
