import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@news/persistence';

/** The desk's people, their sign-ins, and an outbox for the events the desk emits outside a consumer. */
export class CreateDeskPeople1764000000600 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${s}.desk_users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('translator', 'translation-editor', 'admin')),
        display_name text NOT NULL CHECK (display_name <> ''),
        password_hash text NOT NULL,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.desk_sessions (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES ${s}.desk_users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX ON ${s}.desk_sessions (user_id)`);
    await queryRunner.query(`CREATE INDEX ON ${s}.desk_sessions (expires_at)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.outbox (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        message jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        parked_at timestamptz,
        park_reason text
      )`);
    await queryRunner.query(`CREATE INDEX outbox_unparked ON ${s}.outbox (id) WHERE parked_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${s}.outbox`);
    await queryRunner.query(`DROP TABLE ${s}.desk_sessions`);
    await queryRunner.query(`DROP TABLE ${s}.desk_users`);
  }
}
