import { Client } from 'pg';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { migrationSchema } from './migration-schema';
import { openServiceDataSource } from './service-data-source';

class CreateNotes1764000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE ${migrationSchema(queryRunner)}.notes (id serial PRIMARY KEY)`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.notes`);
  }
}

/**
 * Production's split (DATABASE_MIGRATE=false): the migrations Job migrates as
 * the schema owner; the services connect as a role that may only read and
 * write rows, and must not try any DDL at start.
 */
describe('a service whose role has no DDL rights (DATABASE_MIGRATE=false)', () => {
  const schema = `${uniqueRunPrefix('nodll')}_notes`;
  const role = `${schema}_app`;
  const admin = new Client({ connectionString: testInfrastructure.databaseUrl });
  const appUrl = () => {
    const url = new URL(testInfrastructure.databaseUrl);
    url.username = role;
    url.password = 'app-secret';
    return url.toString();
  };
  const open = (url: string, migrate: boolean) =>
    openServiceDataSource({ url, schema, entities: [], migrations: [CreateNotes1764000000000], poolSize: 1, migrate });

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE ROLE "${role}" LOGIN PASSWORD 'app-secret'`);
  });

  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.query(`DROP OWNED BY "${role}"`).catch(() => undefined);
    await admin.query(`DROP ROLE IF EXISTS "${role}"`);
    await admin.end();
  });

  it('starts without creating the schema or applying anything', async () => {
    const owner = await open(testInfrastructure.databaseUrl, false);
    try {
      const { rows } = await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      expect(rows).toHaveLength(0);
    } finally {
      await owner.destroy();
    }
  });

  it('works as the DML-only role once the owner has migrated, which the role itself could not have done', async () => {
    const migrated = await open(testInfrastructure.databaseUrl, true);
    await migrated.destroy();
    await admin.query(`GRANT USAGE ON SCHEMA "${schema}" TO "${role}"`);
    await admin.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${schema}" TO "${role}"`);
    await admin.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA "${schema}" TO "${role}"`);

    await expect(open(appUrl(), true)).rejects.toThrow(/permission denied/);

    const app = await open(appUrl(), false);
    try {
      expect(await app.showMigrations()).toBe(false);
      await app.query(`INSERT INTO "${schema}".notes DEFAULT VALUES`);
    } finally {
      await app.destroy();
    }
  });
});
