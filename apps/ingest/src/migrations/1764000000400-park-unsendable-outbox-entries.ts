import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@news/persistence';

/** Outbox entries the relay gave up on stay in the table, parked, until on-call replays them. */
export class ParkUnsendableOutboxEntries1764000000400 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE ${s}.outbox ADD COLUMN parked_at timestamptz, ADD COLUMN park_reason text`);
    // The relay reads only what is not parked, oldest first.
    await queryRunner.query(`CREATE INDEX outbox_unparked ON ${s}.outbox (id) WHERE parked_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP INDEX ${s}.outbox_unparked`);
    await queryRunner.query(`ALTER TABLE ${s}.outbox DROP COLUMN parked_at, DROP COLUMN park_reason`);
  }
}
