import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@news/persistence';

export class CreateArticlesAndOutbox1764000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${s}.articles (
        article_id text PRIMARY KEY,
        feed text NOT NULL,
        guid text NOT NULL,
        version int NOT NULL CHECK (version > 0),
        content_hash text NOT NULL,
        document jsonb NOT NULL,
        received_at timestamptz NOT NULL,
        UNIQUE (feed, guid)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.outbox (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        message jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${s}.outbox`);
    await queryRunner.query(`DROP TABLE ${s}.articles`);
  }
}
