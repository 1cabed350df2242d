import { DataSource } from 'typeorm';
import { OutboxRecord, OutboxStore, ParkedRecord } from '@news/messaging';
import { tableIn } from '../sql';

export interface DeskOutboxBacklog {
  count: number;
  oldestAgeSeconds: number;
  parked: number;
}

/**
 * translate-queue's outbox table as libs/messaging's OutboxRelay needs it.
 * The relay lock is per schema (a hash of the table name), so this relay and
 * ingest's, sharing one Postgres, never wait for each other.
 */
export class DeskOutboxStore implements OutboxStore {
  private readonly table: string;

  constructor(private readonly dataSource: DataSource) {
    this.table = tableIn(dataSource, 'outbox');
  }

  async drain(limit: number, send: (records: OutboxRecord[]) => Promise<ParkedRecord[]>): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query<{ locked: boolean }[]>(
        'SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked',
        [`outbox-relay:${this.table}`],
      );
      if (!locked) return 0;
      const entries = await manager.query<OutboxRecord[]>(
        `SELECT id::text AS id, topic, message FROM ${this.table} WHERE parked_at IS NULL ORDER BY id LIMIT $1`,
        [limit],
      );
      if (entries.length === 0) return 0;
      const parked = await send(entries);
      const parkedIds = new Set(parked.map((p) => p.id));
      for (const { id, reason } of parked)
        await manager.query(`UPDATE ${this.table} SET parked_at = now(), park_reason = $2 WHERE id = $1`, [id, reason]);
      await manager.query(`DELETE FROM ${this.table} WHERE id = ANY($1::bigint[])`, [
        entries.filter((e) => !parkedIds.has(e.id)).map((e) => e.id),
      ]);
      return entries.length;
    });
  }

  async backlog(): Promise<DeskOutboxBacklog> {
    const [row] = await this.dataSource.query<{ count: number; age: number; parked: number }[]>(
      `SELECT count(*) FILTER (WHERE parked_at IS NULL)::int AS count,
              coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL)), 0)::float AS age,
              count(*) FILTER (WHERE parked_at IS NOT NULL)::int AS parked
         FROM ${this.table}`,
    );
    return { count: row.count, oldestAgeSeconds: row.age, parked: row.parked };
  }
}
