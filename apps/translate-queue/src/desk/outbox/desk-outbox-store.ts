import { DataSource } from 'typeorm';
import { PostgresOutboxStore } from '@news/persistence';
import { tableIn } from '../sql';

/** translate-queue's outbox table, drained by libs/messaging's OutboxRelay (desk-outbox.ts). */
export class DeskOutboxStore extends PostgresOutboxStore {
  constructor(dataSource: DataSource) {
    super(dataSource, tableIn(dataSource, 'outbox'));
  }
}
