import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@news/persistence';

export class CreateTranslationJobs1764000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${s}.translation_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id text NOT NULL,
        article_version int NOT NULL,
        source_language text NOT NULL,
        target_language text NOT NULL,
        headline text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'claimed', 'submitted', 'approved')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (article_id, target_language)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.translation_jobs`);
  }
}
