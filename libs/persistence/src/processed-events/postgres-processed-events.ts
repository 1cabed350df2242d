import { DataSource } from 'typeorm';
import { ProcessedEvents } from '@news/messaging';

/** The processed-event ids of one service, in that service's own schema. */
export class PostgresProcessedEvents implements ProcessedEvents {
  constructor(private readonly dataSource: DataSource) {}

  private get table(): string {
    return `"${(this.dataSource.options as { schema?: string }).schema}".processed_events`;
  }

  async seen(eventIds: string[]): Promise<Set<string>> {
    if (eventIds.length === 0) return new Set();
    const rows = await this.dataSource.query<{ event_id: string }[]>(
      `SELECT event_id FROM ${this.table} WHERE event_id = ANY($1)`,
      [eventIds],
    );
    return new Set(rows.map((row) => row.event_id));
  }

  async record(eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO ${this.table} (event_id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`,
      [eventIds],
    );
  }
}
