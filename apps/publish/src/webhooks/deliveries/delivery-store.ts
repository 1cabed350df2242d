import { Queryable } from '../../published/published-store';
import { Verdict } from './retry-policy';

/** A change as webhooks send it: the body is kept as the exact text every attempt signs. */
export interface WebhookChange {
  eventId: string;
  eventType: string;
  articleId: string;
  body: string;
}

/** A delivery the worker holds a lease on: everything one attempt needs. */
export interface ClaimedDelivery {
  id: string;
  subscriptionId: string;
  /** This attempt's number, 1 for the first. */
  attempt: number;
  url: string;
  secret: string;
  eventType: string;
  body: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

export interface AttemptRecord {
  attempt: number;
  startedAt: string;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  verdict: Verdict['kind'];
}

export interface DeliverySummary {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  articleId: string;
  status: DeliveryStatus;
  attempts: number;
  lastResult: string | null;
  createdAt: string;
  nextAttemptAt: string | null;
  finishedAt: string | null;
  log: AttemptRecord[];
}

/** One finished attempt, for the log and the delivery's new state. */
export interface FinishedAttempt {
  delivery: ClaimedDelivery;
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  verdict: Verdict;
  result: string;
}

/**
 * Webhook deliveries and their attempt log, in plain SQL. The rules of
 * which delivery may go next live in the claim query, since they must hold
 * across replicas; see claimDue.
 */
export class DeliveryStore {
  constructor(private readonly schema: string) {}

  private table(name: 'changes' | 'deliveries' | 'attempts' | 'subscriptions'): string {
    return `"${this.schema}".webhook_${name}`;
  }

  /** Records a change and one delivery per subscription; a change recorded before adds nothing. Returns how many are new. */
  async record(q: Queryable, change: WebhookChange, subscriptionIds: string[]): Promise<number> {
    await q.query(
      `INSERT INTO ${this.table('changes')} (event_id, event_type, article_id, body) VALUES ($1, $2, $3, $4)
       ON CONFLICT (event_id) DO NOTHING`,
      [change.eventId, change.eventType, change.articleId, change.body],
    );
    const rows = (await q.query(
      `INSERT INTO ${this.table('deliveries')} (id, subscription_id, event_id, article_id)
       SELECT gen_random_uuid(), s, $2, $3 FROM unnest($1::uuid[]) WITH ORDINALITY AS t(s, n) ORDER BY n
       ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING id`,
      [subscriptionIds, change.eventId, change.articleId],
    )) as { id: string }[];
    return rows.length;
  }

  /**
   * Leases up to `limit` deliveries that may go now, counting the attempt.
   * Per subscription: at most one delivery in flight (any replica's lease
   * counts), the oldest due one first, and never one while an older
   * delivery of the same article to it is still pending, so a subscriber
   * sees an article's versions in order. Deliveries of other articles do not
   * wait for one that is being retried: a failing delivery holds up only
   * its own article, until it is delivered or dead. FOR UPDATE SKIP LOCKED
   * lets replicas claim side by side; the conditions on the row itself are
   * re-checked after the lock, so a lease another replica just took counts.
   */
  async claimDue(q: Queryable, limit: number, leaseMs: number, busy: string[]): Promise<ClaimedDelivery[]> {
    const d = this.table('deliveries');
    const [rows] = (await q.query(
      `WITH heads AS (
         SELECT DISTINCT ON (c.subscription_id) c.id
         FROM ${d} c JOIN ${this.table('subscriptions')} s ON s.id = c.subscription_id AND s.enabled
         WHERE c.status = 'pending' AND c.next_attempt_at <= now() AND c.subscription_id <> ALL($3::uuid[])
           AND NOT EXISTS (SELECT 1 FROM ${d} b WHERE b.subscription_id = c.subscription_id
                           AND b.status = 'pending' AND b.leased_until > now())
           AND NOT EXISTS (SELECT 1 FROM ${d} o WHERE o.subscription_id = c.subscription_id
                           AND o.article_id = c.article_id AND o.status = 'pending' AND o.seq < c.seq)
         ORDER BY c.subscription_id, c.seq
       ), claimed AS (
         SELECT d.id FROM ${d} d
         WHERE d.id IN (SELECT id FROM heads) AND d.status = 'pending' AND d.next_attempt_at <= now()
           AND (d.leased_until IS NULL OR d.leased_until <= now())
         ORDER BY d.seq LIMIT $1 FOR UPDATE SKIP LOCKED
       )
       UPDATE ${d} d SET attempts = d.attempts + 1, leased_until = now() + $2 * interval '1 millisecond'
       FROM claimed, ${this.table('subscriptions')} s, ${this.table('changes')} e
       WHERE d.id = claimed.id AND s.id = d.subscription_id AND e.event_id = d.event_id
       RETURNING d.id, d.subscription_id, d.attempts, s.url, s.secret, e.event_type, e.body`,
      [limit, leaseMs, busy],
    )) as [ClaimedRow[], number];
    return rows.map((r) => ({
      id: r.id,
      subscriptionId: r.subscription_id,
      attempt: r.attempts,
      url: r.url,
      secret: r.secret,
      eventType: r.event_type,
      body: r.body,
    }));
  }

  /**
   * Logs an attempt and moves its delivery on. Only while the lease is still
   * this attempt's: after a lease ran out and another replica tried again,
   * the late result is logged but changes nothing.
   */
  async finish(q: Queryable, done: FinishedAttempt): Promise<void> {
    const { delivery, verdict } = done;
    await q.query(
      `INSERT INTO ${this.table('attempts')}
         (delivery_id, subscription_id, attempt, started_at, duration_ms, status_code, error, verdict)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        delivery.id,
        delivery.subscriptionId,
        delivery.attempt,
        done.startedAt,
        Math.round(done.durationMs),
        done.statusCode,
        done.error,
        verdict.kind,
      ],
    );
    const status = verdict.kind === 'retry' ? 'pending' : verdict.kind;
    await q.query(
      `UPDATE ${this.table('deliveries')} SET status = $3, leased_until = NULL, last_result = $4,
         next_attempt_at = CASE WHEN $3 = 'pending' THEN now() + $5 * interval '1 millisecond' ELSE next_attempt_at END,
         finished_at = CASE WHEN $3 = 'pending' THEN NULL ELSE now() END
       WHERE id = $1 AND attempts = $2 AND status = 'pending'`,
      [delivery.id, delivery.attempt, status, done.result, verdict.kind === 'retry' ? verdict.delayMs : 0],
    );
  }

  async forSubscription(q: Queryable, subscriptionId: string, limit: number): Promise<DeliverySummary[]> {
    const rows = (await q.query(
      `SELECT d.*, e.event_type FROM ${this.table('deliveries')} d
       JOIN ${this.table('changes')} e ON e.event_id = d.event_id
       WHERE d.subscription_id = $1 ORDER BY d.seq DESC LIMIT $2`,
      [subscriptionId, limit],
    )) as DeliveryRow[];
    return this.withLog(q, rows);
  }

  async find(q: Queryable, id: string): Promise<DeliverySummary | null> {
    const rows = (await q.query(
      `SELECT d.*, e.event_type FROM ${this.table('deliveries')} d
       JOIN ${this.table('changes')} e ON e.event_id = d.event_id WHERE d.id = $1`,
      [id],
    )) as DeliveryRow[];
    return (await this.withLog(q, rows))[0] ?? null;
  }

  /** Back to pending, due now, with its attempts counted afresh; the same id, so a receiver still recognises it. */
  async replay(q: Queryable, id: string): Promise<boolean> {
    const [, count] = (await q.query(
      `UPDATE ${this.table('deliveries')} SET status = 'pending', attempts = 0, next_attempt_at = now(),
         leased_until = NULL, finished_at = NULL
       WHERE id = $1 AND status IN ('dead', 'delivered')`,
      [id],
    )) as [unknown[], number];
    return count > 0;
  }

  private async withLog(q: Queryable, rows: DeliveryRow[]): Promise<DeliverySummary[]> {
    if (rows.length === 0) return [];
    const attempts = (await q.query(
      `SELECT * FROM ${this.table('attempts')} WHERE delivery_id = ANY($1::uuid[]) ORDER BY id`,
      [rows.map((r) => r.id)],
    )) as AttemptRow[];
    return rows.map((r) => ({
      id: r.id,
      subscriptionId: r.subscription_id,
      eventId: r.event_id,
      eventType: r.event_type,
      articleId: r.article_id,
      status: r.status,
      attempts: r.attempts,
      lastResult: r.last_result,
      createdAt: r.created_at.toISOString(),
      nextAttemptAt: r.status === 'pending' ? r.next_attempt_at.toISOString() : null,
      finishedAt: r.finished_at?.toISOString() ?? null,
      log: attempts.filter((a) => a.delivery_id === r.id).map(attemptOf),
    }));
  }
}

interface ClaimedRow {
  id: string;
  subscription_id: string;
  attempts: number;
  url: string;
  secret: string;
  event_type: string;
  body: string;
}

interface DeliveryRow {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  article_id: string;
  status: DeliveryStatus;
  attempts: number;
  last_result: string | null;
  created_at: Date;
  next_attempt_at: Date;
  finished_at: Date | null;
}

interface AttemptRow {
  delivery_id: string;
  attempt: number;
  started_at: Date;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  verdict: Verdict['kind'];
}

function attemptOf(row: AttemptRow): AttemptRecord {
  return {
    attempt: row.attempt,
    startedAt: row.started_at.toISOString(),
    durationMs: row.duration_ms,
    statusCode: row.status_code,
    error: row.error,
    verdict: row.verdict,
  };
}
