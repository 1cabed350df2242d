import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@news/persistence';

/**
 * The read model behind the consumer contract: every version kept, columns
 * to filter and page on, a full-text vector, the facts related news is
 * scored from, and the embargo queue the scheduler polls.
 */
export class PublishReadModel1764000000101 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`
      ALTER TABLE ${s}.published_articles
        ADD COLUMN seq bigserial,
        ADD COLUMN language text NOT NULL DEFAULT 'und',
        ADD COLUMN category text,
        ADD COLUMN status text NOT NULL DEFAULT 'usable',
        ADD COLUMN story_id text,
        ADD COLUMN facts text[] NOT NULL DEFAULT '{}',
        ADD COLUMN filter_keys text[] NOT NULL DEFAULT '{}',
        ADD COLUMN search tsvector,
        ADD COLUMN version_created timestamptz,
        ADD COLUMN kill_notice text`);
    await queryRunner.query(`UPDATE ${s}.published_articles SET
        language = document->>'language', story_id = article_id,
        version_created = (document->>'versionCreated')::timestamptz`);
    await queryRunner.query(`CREATE UNIQUE INDEX published_articles_seq ON ${s}.published_articles (seq)`);
    await queryRunner.query(
      `CREATE INDEX published_articles_language_seq ON ${s}.published_articles (language, seq DESC)`,
    );
    await queryRunner.query(`CREATE INDEX published_articles_story ON ${s}.published_articles (story_id)`);
    await queryRunner.query(`CREATE INDEX published_articles_facts ON ${s}.published_articles USING gin (facts)`);
    await queryRunner.query(
      `CREATE INDEX published_articles_filter_keys ON ${s}.published_articles USING gin (filter_keys)`,
    );
    await queryRunner.query(`CREATE INDEX published_articles_search ON ${s}.published_articles USING gin (search)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.article_versions (
        article_id text NOT NULL,
        version int NOT NULL,
        kind text NOT NULL,
        document jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.embargoed_articles (
        article_id text PRIMARY KEY,
        version int NOT NULL,
        document jsonb NOT NULL,
        release_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX embargoed_articles_release_at ON ${s}.embargoed_articles (release_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${s}.embargoed_articles`);
    await queryRunner.query(`DROP TABLE ${s}.article_versions`);
    await queryRunner.query(`
      ALTER TABLE ${s}.published_articles
        DROP COLUMN seq, DROP COLUMN language, DROP COLUMN category, DROP COLUMN status, DROP COLUMN story_id,
        DROP COLUMN facts, DROP COLUMN filter_keys, DROP COLUMN search, DROP COLUMN version_created,
        DROP COLUMN kill_notice`);
  }
}
