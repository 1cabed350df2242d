import 'reflect-metadata';
import { openServiceDataSource, schemaName } from '@news/persistence';
import { loadIngestConfig } from '../../ingest-config';
import { INGEST_ENTITIES, INGEST_MIGRATIONS } from '../../ingest-database';
import { TypeormOutboxStore } from '../typeorm-outbox-store';

const USAGE = `usage: npm run outbox -- <command>
  status                 events waiting, the oldest's age, and how many are parked
  list                   each parked event: id, topic, key, size, when and why it was parked
  replay <id>... | --all put parked events back in the relay's way (a running ingest sends them)`;

/** On-call's view of ingest's outbox, on ingest's own schema (DATABASE_URL, PG_SCHEMA_PREFIX). */
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!['status', 'list', 'replay'].includes(command ?? '')) {
    console.log(USAGE);
    process.exitCode = command ? 64 : 0;
    return;
  }
  const config = loadIngestConfig();
  const dataSource = await openServiceDataSource({
    url: config.database.url,
    schema: schemaName(config.database.schemaPrefix, 'ingest'),
    entities: INGEST_ENTITIES,
    migrations: INGEST_MIGRATIONS,
    poolSize: 1,
  });
  try {
    const store = new TypeormOutboxStore(dataSource);
    if (command === 'status') {
      const { count, oldestAgeSeconds, parked } = await store.backlog();
      console.log(`waiting ${count} (oldest ${oldestAgeSeconds.toFixed(1)} s), parked ${parked}`);
    } else if (command === 'list') {
      for (const p of await store.parked()) {
        console.log(
          `${p.id}\t${p.topic}\tkey=${p.key ?? '-'}\t${p.bytes} bytes\tcreated ${p.createdAt.toISOString()}\tparked ${p.parkedAt.toISOString()}\n  ${p.reason}`,
        );
      }
    } else {
      if (rest.length === 0) throw new Error('replay needs event ids or --all');
      const ids = rest.includes('--all') ? undefined : rest;
      if (ids?.some((id) => !/^\d+$/.test(id))) throw new Error(`outbox ids are numbers, got ${ids.join(' ')}`);
      console.log(`replayed ${await store.replay(ids)} event(s)`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
