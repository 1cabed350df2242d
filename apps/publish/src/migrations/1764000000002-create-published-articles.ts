import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@news/persistence';

export class CreatePublishedArticles1764000000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${s}.published_articles (
        article_id text PRIMARY KEY,
        version int NOT NULL,
        document jsonb NOT NULL,
        announced boolean NOT NULL DEFAULT false,
        published_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.published_articles`);
  }
}
