import { DataSource } from 'typeorm';
import { testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { openServiceDataSource } from '../service-data-source';
import { CreateProcessedEvents1764000000100 } from './create-processed-events.migration';
import { PostgresProcessedEvents } from './postgres-processed-events';

describe('PostgresProcessedEvents against the real Postgres', () => {
  const schema = `${uniqueRunPrefix('processed')}_stage`;
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openServiceDataSource({
      url: testInfrastructure.databaseUrl,
      schema,
      entities: [],
      migrations: [CreateProcessedEvents1764000000100],
      poolSize: 2,
    });
  });

  afterAll(async () => {
    await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource.destroy();
  });

  it('remembers the events a stage applied, and only those', async () => {
    const processed = new PostgresProcessedEvents(dataSource);
    await processed.record(['e1', 'e2']);
    expect(await processed.seen(['e1', 'e2', 'e3'])).toEqual(new Set(['e1', 'e2']));
  });

  it('takes an event recorded twice (a replayed chunk) without complaint', async () => {
    const processed = new PostgresProcessedEvents(dataSource);
    await processed.record(['e4']);
    await processed.record(['e4', 'e5']);
    expect(await processed.seen(['e4', 'e5'])).toEqual(new Set(['e4', 'e5']));
  });

  it('asks the database nothing for nothing', async () => {
    expect(await new PostgresProcessedEvents(dataSource).seen([])).toEqual(new Set());
  });
});
