import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@news/persistence';

/** Who may post: each feed's key hash (and the previous one during a rotation), signing and rate limit. */
export class CreateFeeds1764000000200 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${s}.feeds (
        name text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
        key_hash text NOT NULL CHECK (key_hash ~ '^[0-9a-f]{64}$'),
        previous_key_hash text CHECK (previous_key_hash ~ '^[0-9a-f]{64}$'),
        previous_key_expires_at timestamptz,
        require_signature boolean NOT NULL DEFAULT false,
        signing_secret_sealed text,
        rate_limit_per_minute int NOT NULL CHECK (rate_limit_per_minute > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled boolean NOT NULL DEFAULT false,
        CHECK ((previous_key_hash IS NULL) = (previous_key_expires_at IS NULL)),
        CHECK (NOT require_signature OR signing_secret_sealed IS NOT NULL)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.feeds`);
  }
}
