import { Client } from 'pg';
import { DataSource, EntitySchema, MixedList } from 'typeorm';

/** An entity or migration class, as TypeORM takes them. */
export type ClassType = new (...args: never[]) => unknown;

export interface ServiceDataSourceOptions {
  url: string;
  /** The schema this service owns, e.g. "ingest"; never another service's. */
  schema: string;
  entities: MixedList<ClassType | string | EntitySchema>;
  migrations: MixedList<ClassType | string>;
  poolSize?: number;
  /**
   * false: apply no migrations (the role has no DDL rights; a Job ran them,
   * see scripts/migrate.ts); readiness then reports pending ones.
   */
  migrate?: boolean;
}

/** The schema name, with a per-run prefix so test runs never share state. */
export function schemaName(prefix: string, schema: string): string {
  return `${prefix}${schema}`;
}

/**
 * Creates the service's schema if needed and opens a data source whose
 * migrations run at start-up (each service owns its schema and migrations).
 * Replicas start together; Postgres's own "IF NOT EXISTS" and TypeORM's
 * migration table do not stop two of them creating the same table at once
 * (a unique violation in pg_type, seen with two ingest replicas), so both
 * steps run under an advisory lock per schema, one replica after another.
 */
export async function openServiceDataSource(options: ServiceDataSourceOptions): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    extra: { max: options.poolSize ?? 10, application_name: options.schema },
  });
  if (options.migrate === false) {
    await dataSource.initialize();
    return dataSource;
  }
  await withMigrationLock(options.url, options.schema, async (client) => {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema.replace(/"/g, '')}"`);
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'all' });
  }).catch(async (error: Error) => {
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    throw error;
  });
  return dataSource;
}

async function withMigrationLock(url: string, schema: string, work: (client: Client) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url, application_name: `${schema}-migrations` });
  await client.connect();
  try {
    // Session-level: released by the unlock below, or by Postgres if this process dies.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`newsroom-migrations:${schema}`]);
    await work(client);
  } finally {
    await client.end();
  }
}
