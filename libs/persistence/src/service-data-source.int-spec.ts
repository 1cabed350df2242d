import { Client } from 'pg';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { migrationSchema } from './migration-schema';
import { openServiceDataSource } from './service-data-source';

class CreateNotes1764000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE ${migrationSchema(queryRunner)}.notes (id serial PRIMARY KEY, text text NOT NULL)`,
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${migrationSchema(queryRunner)}.notes`);
  }
}

describe('openServiceDataSource (real Postgres)', () => {
  const schema = `${uniqueRunPrefix('migrations')}_notes`;

  afterAll(async () => {
    const client = new Client({ connectionString: testInfrastructure.databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('lets replicas that start at the same moment migrate one after another', async () => {
    const open = () =>
      openServiceDataSource({
        url: testInfrastructure.databaseUrl,
        schema,
        entities: [],
        migrations: [CreateNotes1764000000000],
        poolSize: 1,
      });
    const replicas = await Promise.all([open(), open(), open()]);
    try {
      const [{ count }] = await replicas[0].query<
        {
          count: number;
        }[]
      >(`SELECT count(*)::int AS count FROM "${schema}".migrations`);
      expect(count).toBe(1);
      await replicas[1].query(`INSERT INTO "${schema}".notes (text) VALUES ('written by another replica')`);
      expect(await replicas[2].query(`SELECT text FROM "${schema}".notes`)).toEqual([
        { text: 'written by another replica' },
      ]);
    } finally {
      await Promise.all(replicas.map((r) => r.destroy()));
    }
  });
});
