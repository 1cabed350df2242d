import { Pool } from 'pg';
import { testInfrastructure } from './infrastructure';

/** Drops every service schema a run with this prefix created. */
export async function dropSchemas(prefix: string): Promise<void> {
  const pool = new Pool({ connectionString: testInfrastructure.databaseUrl });
  try {
    for (const schema of ['ingest', 'translation', 'enrich', 'publish'])
      await pool.query(`DROP SCHEMA IF EXISTS "${prefix}_${schema}" CASCADE`);
  } finally {
    await pool.end();
  }
}
