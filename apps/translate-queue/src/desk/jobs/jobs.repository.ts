import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Queryable, tableIn } from '../sql';
import { JobState } from './job-states';
import { AuditEntry, TranslationJob } from './translation-job';

/** Each field of TranslationJob and its column; jsonb ones are written as JSON. */
const COLUMNS: Record<keyof TranslationJob, string> = {
  id: 'id',
  articleId: 'article_id',
  sourceVersion: 'article_version',
  sourceLanguage: 'source_language',
  targetLanguage: 'target_language',
  headline: 'headline',
  state: 'state',
  priority: 'priority',
  dueAt: 'due_at',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  sourceArticle: 'source_article',
  sourceParagraphs: 'source_paragraphs',
  sourceCredits: 'source_credits',
  baseVersion: 'base_version',
  baseHeadline: 'base_headline',
  baseParagraphs: 'base_paragraphs',
  sourceChanged: 'source_changed',
  draftHeadline: 'draft_headline',
  draftParagraphs: 'draft_paragraphs',
  machineMade: 'machine_made',
  draftSavedAt: 'draft_saved_at',
  translatorId: 'translator_id',
  editorId: 'editor_id',
  leaseHolderId: 'lease_holder_id',
  leaseExpiresAt: 'lease_expires_at',
  submittedAt: 'submitted_at',
  approvedAt: 'approved_at',
  firstApprovedAt: 'first_approved_at',
  approvedSourceVersion: 'approved_source_version',
  approvedAgainstOlderSource: 'approved_against_older_source',
  outputVersion: 'output_version',
  outputArticle: 'output_article',
  mtAttemptedAt: 'mt_attempted_at',
  mtError: 'mt_error',
};
const JSON_FIELDS = new Set<keyof TranslationJob>([
  'sourceArticle',
  'sourceParagraphs',
  'sourceCredits',
  'baseParagraphs',
  'draftParagraphs',
  'outputArticle',
]);
const FIELDS = Object.keys(COLUMNS) as (keyof TranslationJob)[];
const SELECT_LIST = FIELDS.map((f) => `j.${COLUMNS[f]} AS "${f}"`).join(', ');

export interface JobFilter {
  states?: JobState[];
  sourceLanguage?: string;
  targetLanguage?: string;
  /** Jobs this user holds or translated. */
  assigneeId?: string;
}

/** Where a page of the queue starts: after this (priority, due, id). */
export interface QueueCursor {
  priority: number;
  dueAt: string;
  id: string;
}

export interface QueueStats {
  state: JobState;
  sourceLanguage: string;
  targetLanguage: string;
  count: number;
  /** Age of the oldest job in this state (seconds); 0 when none. */
  oldestAgeSeconds: number;
  /** Jobs first submitted after their due time, or still unsubmitted past it. */
  breaches: number;
}

export type NewJob = Pick<
  TranslationJob,
  | 'articleId'
  | 'sourceVersion'
  | 'sourceLanguage'
  | 'targetLanguage'
  | 'headline'
  | 'priority'
  | 'dueAt'
  | 'sourceArticle'
  | 'sourceParagraphs'
  | 'sourceCredits'
  | 'baseVersion'
  | 'baseHeadline'
  | 'baseParagraphs'
  | 'createdAt'
>;

/** translation_jobs and job_audit, nothing more: the rules are in job-states.ts and the use cases. */
@Injectable()
export class JobsRepository {
  private readonly jobs: string;
  private readonly audits: string;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.jobs = tableIn(dataSource, 'translation_jobs');
    this.audits = tableIn(dataSource, 'job_audit');
  }

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(manager));
  }

  async find(id: string, db: Queryable = this.dataSource): Promise<TranslationJob | null> {
    const rows = await db.query<TranslationJob[]>(`SELECT ${SELECT_LIST} FROM ${this.jobs} j WHERE j.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The job, locked until the transaction ends: concurrent transitions of one job run one after another. */
  async lock(tx: Queryable, id: string): Promise<TranslationJob | null> {
    const rows = await tx.query<TranslationJob[]>(
      `SELECT ${SELECT_LIST} FROM ${this.jobs} j WHERE j.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async lockByArticle(tx: Queryable, articleId: string): Promise<TranslationJob[]> {
    return tx.query<TranslationJob[]>(
      `SELECT ${SELECT_LIST} FROM ${this.jobs} j WHERE j.article_id = $1 ORDER BY j.target_language FOR UPDATE`,
      [articleId],
    );
  }

  /** false when the job for this article and language exists already (a redelivered event). */
  async insert(tx: Queryable, job: NewJob): Promise<boolean> {
    const fields = Object.keys(job) as (keyof NewJob)[];
    const rows = await tx.query<unknown[]>(
      `INSERT INTO ${this.jobs} (${fields.map((f) => COLUMNS[f]).join(', ')})
       VALUES (${fields.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (article_id, target_language) DO NOTHING RETURNING id`,
      fields.map((f) => toColumn(f, job[f])),
    );
    return rows.length > 0;
  }

  async update(tx: Queryable, id: string, changes: Partial<TranslationJob>, now: Date): Promise<void> {
    const fields = (Object.keys(changes) as (keyof TranslationJob)[]).filter(
      (f) => f !== 'id' && f !== 'updatedAt' && changes[f] !== undefined,
    );
    await tx.query(
      `UPDATE ${this.jobs} SET ${[...fields.map((f, i) => `${COLUMNS[f]} = $${i + 2}`), `updated_at = $${fields.length + 2}`].join(', ')}
        WHERE id = $1`,
      [id, ...fields.map((f) => toColumn(f, changes[f])), now],
    );
  }

  async addAudit(tx: Queryable, entry: Omit<AuditEntry, 'id'>): Promise<void> {
    await tx.query(
      `INSERT INTO ${this.audits} (job_id, actor_id, actor_name, action, from_state, to_state, comment, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [entry.jobId, entry.actorId, entry.actorName, entry.action, entry.from, entry.to, entry.comment, entry.at],
    );
  }

  async auditOf(jobId: string): Promise<AuditEntry[]> {
    return this.dataSource.query<AuditEntry[]>(
      `SELECT id::text AS id, job_id AS "jobId", actor_id AS "actorId", actor_name AS "actorName", action,
              from_state AS "from", to_state AS "to", comment, at
         FROM ${this.audits} a WHERE a.job_id = $1 ORDER BY a.id`,
      [jobId],
    );
  }

  /**
   * Opens every claimed job whose lease ran out, with a line in the audit
   * log for each. A claim in flight holds its row lock; Postgres re-checks
   * the lease after it, so a just-renewed lease is never lapsed.
   */
  async lapseExpiredLeases(now: Date): Promise<number> {
    const rows = await this.dataSource.query<unknown[]>(
      `WITH lapsed AS (
         UPDATE ${this.jobs} SET state = 'open', lease_holder_id = NULL, lease_expires_at = NULL, updated_at = $1
          WHERE state = 'claimed' AND lease_expires_at <= $1 RETURNING id)
       INSERT INTO ${this.audits} (job_id, actor_name, action, from_state, to_state, comment, at)
       SELECT id, 'system', 'lapse', 'claimed', 'open', 'the lease ran out', $1 FROM lapsed RETURNING job_id`,
      [now],
    );
    return rows.length;
  }

  /** One page of the queue, most pressing first (priority, then due time). */
  async list(filter: JobFilter, after: QueueCursor | null, limit: number): Promise<TranslationJob[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.states?.length) where.push(`j.state = ANY(${param(filter.states)}::text[])`);
    if (filter.sourceLanguage) where.push(`j.source_language = ${param(filter.sourceLanguage)}`);
    if (filter.targetLanguage) where.push(`j.target_language = ${param(filter.targetLanguage)}`);
    if (filter.assigneeId)
      where.push(`(j.lease_holder_id = ${param(filter.assigneeId)} OR j.translator_id = $${params.length})`);
    if (after)
      where.push(
        `(j.priority, j.due_at, j.id) > (${param(after.priority)}, ${param(after.dueAt)}::timestamptz, ${param(after.id)}::uuid)`,
      );
    return this.dataSource.query<TranslationJob[]>(
      `SELECT ${SELECT_LIST} FROM ${this.jobs} j ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY j.priority, j.due_at, j.id LIMIT ${param(limit)}`,
      params,
    );
  }

  /** Open jobs nobody has drafted that machine translation has not tried yet. */
  async awaitingMachineDraft(limit: number): Promise<TranslationJob[]> {
    return this.dataSource.query<TranslationJob[]>(
      `SELECT ${SELECT_LIST} FROM ${this.jobs} j
        WHERE j.state = 'open' AND j.draft_headline IS NULL AND j.mt_attempted_at IS NULL
        ORDER BY j.priority, j.due_at LIMIT $1`,
      [limit],
    );
  }

  async stats(now: Date): Promise<QueueStats[]> {
    return this.dataSource.query<QueueStats[]>(
      `SELECT state, source_language AS "sourceLanguage", target_language AS "targetLanguage", count(*)::int AS count,
              coalesce(extract(epoch FROM $1 - min(created_at)), 0)::float AS "oldestAgeSeconds",
              (count(*) FILTER (WHERE submitted_at > due_at
                 OR (submitted_at IS NULL AND state NOT IN ('canceled', 'approved') AND due_at < $1)))::int AS breaches
         FROM ${this.jobs} GROUP BY state, source_language, target_language`,
      [now],
    );
  }
}

function toColumn(field: keyof TranslationJob, value: unknown): unknown {
  return JSON_FIELDS.has(field) && value !== null && value !== undefined ? JSON.stringify(value) : value;
}
