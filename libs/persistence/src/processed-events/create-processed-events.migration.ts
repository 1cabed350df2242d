import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '../migration-schema';

/** Every consuming service keeps the ids of the events it applied (see PostgresProcessedEvents). */
export class CreateProcessedEvents1764000000100 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(
      `CREATE TABLE ${s}.processed_events (event_id text PRIMARY KEY, processed_at timestamptz NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(`CREATE INDEX ON ${s}.processed_events (processed_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.processed_events`);
  }
}
