import { DataSource } from 'typeorm';
import { OutboxRecord, OutboxStore } from '@news/messaging';
import { OutboxEntry } from './outbox-entry.entity';

/** Arbitrary but fixed: the advisory lock that makes one relay the sender. */
const RELAY_LOCK = 7_264_001;

export class TypeormOutboxStore implements OutboxStore {
  constructor(private readonly dataSource: DataSource) {}

  async drain(limit: number, send: (records: OutboxRecord[]) => Promise<void>): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [RELAY_LOCK])) as { locked: boolean }[];
      if (!locked) return 0;
      // Plain SQL on the relay's hot path: no entity hydration of large rows.
      const table = this.table;
      const entries = (await manager.query(`SELECT id, topic, message FROM ${table} ORDER BY id LIMIT $1`, [limit])) as OutboxRecord[];
      if (entries.length === 0) return 0;
      await send(entries);
      await manager.query(`DELETE FROM ${table} WHERE id = ANY($1::bigint[])`, [entries.map((e) => e.id)]);
      return entries.length;
    });
  }

  private get table(): string {
    const { schema, tableName } = this.dataSource.getRepository(OutboxEntry).metadata;
    return `"${schema}"."${tableName}"`;
  }

  /** How many events wait and how old the oldest is: the relay's lag. */
  async backlog(): Promise<{ count: number; oldestAgeSeconds: number }> {
    const table = this.table;
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS count, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS age FROM ${table}`,
    )) as { count: number; age: number }[];
    return { count: row.count, oldestAgeSeconds: row.age };
  }
}
