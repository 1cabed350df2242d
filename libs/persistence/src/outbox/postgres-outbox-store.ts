import { DataSource } from 'typeorm';
import { OutboxRecord, OutboxStore, ParkedRecord } from '@news/messaging';

export interface OutboxBacklog {
  count: number;
  oldestAgeSeconds: number;
  parked: number;
}

export interface ParkedEntry {
  id: string;
  topic: string;
  key: string | null;
  createdAt: Date;
  parkedAt: Date;
  reason: string;
  bytes: number;
}

/**
 * A service's outbox table (id bigserial, topic, message jsonb, created_at,
 * parked_at, park_reason) as libs/messaging's OutboxRelay drains it, plus
 * what on-call needs: the backlog, the parked entries, a replay. ingest and
 * translate-queue each have one, in their own schema.
 */
export class PostgresOutboxStore implements OutboxStore {
  /** @param table the quoted table, e.g. `"ingest".outbox` */
  constructor(
    private readonly dataSource: DataSource,
    private readonly table: string,
  ) {}

  async drain(limit: number, send: (records: OutboxRecord[]) => Promise<ParkedRecord[]>): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // One relay sends per table; the lock is keyed by the table, so services sharing a Postgres never wait for each other.
      const [{ locked }] = await manager.query<{ locked: boolean }[]>(
        'SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked',
        [`outbox-relay:${this.table}`],
      );
      if (!locked) return 0;
      // Plain SQL on the relay's hot path: no entity hydration of large rows.
      const table = this.table;
      const entries = await manager.query<OutboxRecord[]>(
        `SELECT id::text AS id, topic, message FROM ${table} WHERE parked_at IS NULL ORDER BY id LIMIT $1`,
        [limit],
      );
      if (entries.length === 0) return 0;
      const parked = await send(entries);
      const parkedIds = new Set(parked.map((p) => p.id));
      for (const { id, reason } of parked)
        await manager.query(`UPDATE ${table} SET parked_at = now(), park_reason = $2 WHERE id = $1`, [id, reason]);
      await manager.query(`DELETE FROM ${table} WHERE id = ANY($1::bigint[])`, [
        entries.filter((e) => !parkedIds.has(String(e.id))).map((e) => e.id),
      ]);
      return entries.length;
    });
  }

  /** How many events wait and how old the oldest is (the relay's lag), and how many are parked. */
  async backlog(): Promise<OutboxBacklog> {
    const [row] = await this.dataSource.query<{ count: number; age: number; parked: number }[]>(
      `SELECT count(*) FILTER (WHERE parked_at IS NULL)::int AS count,
              coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL)), 0)::float AS age,
              count(*) FILTER (WHERE parked_at IS NOT NULL)::int AS parked
         FROM ${this.table}`,
    );
    return { count: row.count, oldestAgeSeconds: row.age, parked: row.parked };
  }

  async parked(): Promise<ParkedEntry[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        topic: string;
        key: string | null;
        created_at: Date;
        parked_at: Date;
        park_reason: string;
        bytes: number;
      }[]
    >(
      `SELECT id, topic, message->>'key' AS key, created_at, parked_at, park_reason, octet_length(message::text) AS bytes
         FROM ${this.table} WHERE parked_at IS NOT NULL ORDER BY id`,
    );
    return rows.map((r) => ({
      id: String(r.id),
      topic: r.topic,
      key: r.key,
      createdAt: r.created_at,
      parkedAt: r.parked_at,
      reason: r.park_reason,
      bytes: Number(r.bytes),
    }));
  }

  /** Puts parked entries (all, or those named) back in the relay's way; returns how many. */
  async replay(ids?: string[]): Promise<number> {
    const filter = ids ? 'AND id = ANY($1::bigint[])' : '';
    const [, count] = await this.dataSource.query<[unknown, number]>(
      `UPDATE ${this.table} SET parked_at = NULL, park_reason = NULL WHERE parked_at IS NOT NULL ${filter}`,
      ids ? [ids] : [],
    );
    return count;
  }
}
