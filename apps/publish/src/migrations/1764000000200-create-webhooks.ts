import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@news/persistence';

/**
 * Webhooks: subscriptions, the change each delivery sends (its body kept
 * once, as the exact bytes every attempt signs), one delivery per
 * subscription and change (unique, so a redelivered change is never sent
 * twice), and every attempt's outcome.
 */
export class CreateWebhooks1764000000200 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${s}.webhook_subscriptions (
        id uuid PRIMARY KEY,
        url text NOT NULL,
        secret text NOT NULL,
        language text,
        category text,
        place text,
        organisation text,
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        secret_rotated_at timestamptz,
        disabled_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.webhook_changes (
        event_id text PRIMARY KEY,
        event_type text NOT NULL,
        article_id text NOT NULL,
        body text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.webhook_deliveries (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL,
        subscription_id uuid NOT NULL REFERENCES ${s}.webhook_subscriptions (id),
        event_id text NOT NULL REFERENCES ${s}.webhook_changes (event_id),
        article_id text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        leased_until timestamptz,
        last_result text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        UNIQUE (subscription_id, event_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX webhook_deliveries_pending ON ${s}.webhook_deliveries (subscription_id, seq) WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX webhook_deliveries_by_subscription ON ${s}.webhook_deliveries (subscription_id, seq DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${s}.webhook_attempts (
        id bigserial PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES ${s}.webhook_deliveries (id),
        subscription_id uuid NOT NULL,
        attempt int NOT NULL,
        started_at timestamptz NOT NULL,
        duration_ms int NOT NULL,
        status_code int,
        error text,
        verdict text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX webhook_attempts_by_subscription ON ${s}.webhook_attempts (subscription_id, id DESC)`,
    );
    await queryRunner.query(`CREATE INDEX webhook_attempts_by_delivery ON ${s}.webhook_attempts (delivery_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${s}.webhook_attempts`);
    await queryRunner.query(`DROP TABLE ${s}.webhook_deliveries`);
    await queryRunner.query(`DROP TABLE ${s}.webhook_changes`);
    await queryRunner.query(`DROP TABLE ${s}.webhook_subscriptions`);
  }
}
