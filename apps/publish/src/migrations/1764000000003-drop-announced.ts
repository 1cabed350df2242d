import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@news/persistence';

/** Announcing now commits in the consumer's Kafka transaction; the flag has no job left. */
export class DropAnnounced1764000000003 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${migrationSchema(queryRunner)}.published_articles DROP COLUMN announced`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE ${migrationSchema(queryRunner)}.published_articles ADD COLUMN announced boolean NOT NULL DEFAULT false`,
    );
  }
}
