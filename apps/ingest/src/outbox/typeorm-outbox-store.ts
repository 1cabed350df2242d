import { DataSource } from 'typeorm';
import { PostgresOutboxStore } from '@news/persistence';
import { OutboxEntry } from './outbox-entry.entity';

export type { OutboxBacklog, ParkedEntry } from '@news/persistence';

/** ingest's outbox table (OutboxEntry), drained by the article relay and read by `npm run outbox`. */
export class TypeormOutboxStore extends PostgresOutboxStore {
  constructor(dataSource: DataSource) {
    const { schema, tableName } = dataSource.getRepository(OutboxEntry).metadata;
    super(dataSource, `"${schema}"."${tableName}"`);
  }
}
