import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@news/persistence';

/**
 * What related news shows and scores a candidate by, as columns: its uri and
 * headline, and its folded words. Read from the jsonb document they cost a
 * detoast each (about 0.8 ms a candidate, 300 candidates a lookup); scoring
 * on stored words saves parsing and folding each document in the service.
 * Versions stored before this get uri and headline here; their words stay
 * empty, and related news reads their documents as before.
 */
export class RelatedColumns1764000000300 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(
      `ALTER TABLE ${s}.published_articles ADD COLUMN similarity_terms text[], ADD COLUMN uri text, ADD COLUMN headline text`,
    );
    await queryRunner.query(
      `UPDATE ${s}.published_articles SET uri = document->>'uri',
         headline = coalesce(document->'headlines'->0->>'value', '')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(
      `ALTER TABLE ${s}.published_articles DROP COLUMN similarity_terms, DROP COLUMN uri, DROP COLUMN headline`,
    );
  }
}
