import { Queryable } from '../../published/published-store';
import { SubscriptionFilter } from './subscription-filter';

/** A subscription as shown to operators: never its secret. */
export interface SubscriptionSummary {
  id: string;
  url: string;
  filter: SubscriptionFilter;
  enabled: boolean;
  createdAt: string;
}

interface Row {
  id: string;
  url: string;
  language: string | null;
  category: string | null;
  place: string | null;
  organisation: string | null;
  enabled: boolean;
  created_at: Date;
}

const COLUMNS = 'id, url, language, category, place, organisation, enabled, created_at';

/**
 * publish's webhook subscriptions, in plain SQL. The signing secret is kept
 * in clear: every delivery is signed with it, so it cannot be a hash (see
 * README, "Webhooks").
 */
export class SubscriptionStore {
  constructor(private readonly schema: string) {}

  private get table(): string {
    return `"${this.schema}".webhook_subscriptions`;
  }

  async insert(q: Queryable, id: string, url: string, secret: string, filter: SubscriptionFilter): Promise<void> {
    await q.query(
      `INSERT INTO ${this.table} (id, url, secret, language, category, place, organisation)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, url, secret, filter.language, filter.category, filter.place, filter.organisation],
    );
  }

  async list(q: Queryable, onlyEnabled = false): Promise<SubscriptionSummary[]> {
    const rows = (await q.query(
      `SELECT ${COLUMNS} FROM ${this.table} ${onlyEnabled ? 'WHERE enabled' : ''} ORDER BY created_at, id`,
    )) as Row[];
    return rows.map(summaryOf);
  }

  async find(q: Queryable, id: string): Promise<SubscriptionSummary | null> {
    const rows = (await q.query(`SELECT ${COLUMNS} FROM ${this.table} WHERE id = $1`, [id])) as Row[];
    return rows[0] ? summaryOf(rows[0]) : null;
  }

  async disable(q: Queryable, id: string): Promise<SubscriptionSummary | null> {
    return this.updated(
      q,
      `UPDATE ${this.table} SET enabled = false, disabled_at = coalesce(disabled_at, now()) WHERE id = $1`,
      [id],
    );
  }

  async rotateSecret(q: Queryable, id: string, secret: string): Promise<SubscriptionSummary | null> {
    return this.updated(q, `UPDATE ${this.table} SET secret = $2, secret_rotated_at = now() WHERE id = $1`, [
      id,
      secret,
    ]);
  }

  private async updated(q: Queryable, sql: string, parameters: unknown[]): Promise<SubscriptionSummary | null> {
    const [rows] = (await q.query(`${sql} RETURNING ${COLUMNS}`, parameters)) as [Row[], number];
    return rows[0] ? summaryOf(rows[0]) : null;
  }
}

function summaryOf(row: Row): SubscriptionSummary {
  const filter: SubscriptionFilter = {};
  if (row.language) filter.language = row.language;
  if (row.category) filter.category = row.category;
  if (row.place) filter.place = row.place;
  if (row.organisation) filter.organisation = row.organisation;
  return { id: row.id, url: row.url, filter, enabled: row.enabled, createdAt: row.created_at.toISOString() };
}
