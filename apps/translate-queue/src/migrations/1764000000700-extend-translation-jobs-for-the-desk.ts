import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationSchema } from '@news/persistence';

/**
 * The job as the desk works it: the source it translates (and the version
 * the translator started from, for the diff when the original changes), the
 * draft, the lease, who translated and who edited, priority and due time,
 * what was emitted; and the audit log of every transition.
 */
export class ExtendTranslationJobsForTheDesk1764000000700 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE ${s}.translation_jobs RENAME COLUMN status TO state`);
    await queryRunner.query(
      `ALTER TABLE ${s}.translation_jobs DROP CONSTRAINT IF EXISTS translation_jobs_status_check`,
    );
    await queryRunner.query(`
      ALTER TABLE ${s}.translation_jobs
        ADD CONSTRAINT translation_jobs_state_check
          CHECK (state IN ('open', 'claimed', 'submitted', 'in-review', 'approved', 'returned', 'canceled')),
        ADD COLUMN priority smallint NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 4),
        ADD COLUMN due_at timestamptz NOT NULL DEFAULT now() + interval '6 hours',
        ADD COLUMN source_article jsonb,
        ADD COLUMN source_paragraphs jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN source_credits jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN base_version int,
        ADD COLUMN base_headline text,
        ADD COLUMN base_paragraphs jsonb,
        ADD COLUMN source_changed boolean NOT NULL DEFAULT false,
        ADD COLUMN draft_headline text,
        ADD COLUMN draft_paragraphs jsonb,
        ADD COLUMN machine_made boolean NOT NULL DEFAULT false,
        ADD COLUMN draft_saved_at timestamptz,
        ADD COLUMN translator_id uuid REFERENCES ${s}.desk_users (id),
        ADD COLUMN editor_id uuid REFERENCES ${s}.desk_users (id),
        ADD COLUMN lease_holder_id uuid REFERENCES ${s}.desk_users (id),
        ADD COLUMN lease_expires_at timestamptz,
        ADD COLUMN submitted_at timestamptz,
        ADD COLUMN approved_at timestamptz,
        ADD COLUMN first_approved_at timestamptz,
        ADD COLUMN approved_source_version int,
        ADD COLUMN approved_against_older_source boolean NOT NULL DEFAULT false,
        ADD COLUMN output_version int NOT NULL DEFAULT 0,
        ADD COLUMN output_article jsonb,
        ADD COLUMN mt_attempted_at timestamptz,
        ADD COLUMN mt_error text,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await queryRunner.query(
      `UPDATE ${s}.translation_jobs SET base_version = article_version, base_headline = headline, base_paragraphs = '[]'`,
    );
    // The queue's order, and its filters.
    await queryRunner.query(`CREATE INDEX translation_jobs_queue ON ${s}.translation_jobs (priority, due_at, id)`);
    await queryRunner.query(
      `CREATE INDEX translation_jobs_state ON ${s}.translation_jobs (state, source_language, target_language)`,
    );
    await queryRunner.query(`
      CREATE TABLE ${s}.job_audit (
        id bigserial PRIMARY KEY,
        job_id uuid NOT NULL REFERENCES ${s}.translation_jobs (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES ${s}.desk_users (id),
        actor_name text NOT NULL,
        action text NOT NULL,
        from_state text NOT NULL,
        to_state text NOT NULL,
        comment text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ON ${s}.job_audit (job_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = migrationSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${s}.job_audit`);
    await queryRunner.query(`DROP INDEX ${s}.translation_jobs_queue`);
    await queryRunner.query(`DROP INDEX ${s}.translation_jobs_state`);
    await queryRunner.query(`
      ALTER TABLE ${s}.translation_jobs
        DROP CONSTRAINT translation_jobs_state_check,
        DROP COLUMN priority, DROP COLUMN due_at, DROP COLUMN source_article, DROP COLUMN source_paragraphs,
        DROP COLUMN source_credits, DROP COLUMN base_version, DROP COLUMN base_headline, DROP COLUMN base_paragraphs,
        DROP COLUMN source_changed, DROP COLUMN draft_headline, DROP COLUMN draft_paragraphs, DROP COLUMN machine_made,
        DROP COLUMN draft_saved_at, DROP COLUMN translator_id, DROP COLUMN editor_id, DROP COLUMN lease_holder_id,
        DROP COLUMN lease_expires_at, DROP COLUMN submitted_at, DROP COLUMN approved_at, DROP COLUMN first_approved_at,
        DROP COLUMN approved_source_version, DROP COLUMN approved_against_older_source, DROP COLUMN output_version,
        DROP COLUMN output_article, DROP COLUMN mt_attempted_at, DROP COLUMN mt_error, DROP COLUMN updated_at`);
    await queryRunner.query(`ALTER TABLE ${s}.translation_jobs RENAME COLUMN state TO status`);
    await queryRunner.query(
      `ALTER TABLE ${s}.translation_jobs ADD CONSTRAINT translation_jobs_status_check CHECK (status IN ('open', 'claimed', 'submitted', 'approved'))`,
    );
  }
}
