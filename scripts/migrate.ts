/**
 * npm run migrate (and the Kubernetes migrations Job): applies every service's
 * migrations to its schema, each under the same advisory lock the services
 * take at start, then exits. In production the services run with
 * DATABASE_MIGRATE=false as a role without DDL rights, and this runs first as
 * the schema owner (DATABASE_URL from the migrator's Secret).
 *
 * Each app's options are built (not started) only so that its module declares
 * its schema and migrations (PersistenceModule.forService): the list cannot
 * drift from the apps. Every setting has a default, so the Job needs only
 * DATABASE_URL (and PG_SCHEMA_PREFIX where one is used).
 */
import 'reflect-metadata';
import { loadServiceConfig } from '@news/config';
import { PersistenceModule, openServiceDataSource, schemaName } from '@news/persistence';
import { enrichApp } from '../apps/enrich/src/enrich.app';
import { loadIngestConfig } from '../apps/ingest/src/ingest-config';
import { ingestApp } from '../apps/ingest/src/ingest.app';
import { publishApp } from '../apps/publish/src/publish.app';
import { loadTranslateQueueConfig } from '../apps/translate-queue/src/translate-queue-config';
import { translateQueueApp } from '../apps/translate-queue/src/translate-queue.app';

function declareSchemas(): void {
  ingestApp(loadIngestConfig());
  translateQueueApp(loadTranslateQueueConfig());
  enrichApp(loadServiceConfig('enrich', 0));
  publishApp(loadServiceConfig('publish', 0));
}

async function migrate(): Promise<void> {
  declareSchemas();
  const { database } = loadServiceConfig('migrate', 0);
  for (const options of PersistenceModule.declared.values()) {
    const schema = schemaName(database.schemaPrefix, options.schema);
    const started = Date.now();
    const dataSource = await openServiceDataSource({
      ...options,
      url: database.url,
      schema,
      migrate: true,
      poolSize: 1,
    });
    const applied: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}"."migrations"`);
    await dataSource.destroy();
    console.log(`${schema}: up to date (${applied[0].n} migrations) in ${Date.now() - started} ms`);
  }
}

migrate().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`migrate: ${error.message}`);
    process.exit(1);
  },
);
