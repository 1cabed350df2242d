import { Inject, Injectable } from '@nestjs/common';
import type { DeskConfig } from '../../translate-queue-config';
import { CLOCK, Clock, DESK_CONFIG } from '../desk.tokens';
import { Actor, SYSTEM_ACTOR } from '../people/desk-roles';
import { Queryable } from '../sql';
import { DeskError } from './desk-errors';
import { Decision, JobAction, decide } from './job-states';
import { JobsRepository } from './jobs.repository';
import { TranslationJob } from './translation-job';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Actions that change no state and are not worth an audit line (a lease renewed, a draft autosaved). */
const UNAUDITED: ReadonlySet<JobAction> = new Set(['renew', 'save-draft']);

export interface TransitionRequest {
  jobId: string;
  actor: Actor;
  action: JobAction;
  comment?: string;
  assignee?: Actor;
  /**
   * What else the action changes, inside the same transaction with the job
   * locked: a draft, QA, the approved translation's outbox event. Throwing
   * here rolls the whole transition back.
   */
  apply?: (
    context: TransitionContext,
  ) => Partial<TranslationJob> | undefined | Promise<Partial<TranslationJob> | undefined>;
  /** Extra words for the audit line (e.g. an approval against an older source). */
  auditNote?: (job: TranslationJob) => string | null;
}

export interface TransitionContext {
  job: TranslationJob;
  decision: Decision;
  tx: Queryable;
  now: Date;
}

/**
 * Runs one transition of one job: the job is locked (SELECT … FOR UPDATE),
 * the rules in job-states.ts decide, the change and its audit line are
 * written, all in one transaction. Twenty translators claiming one job at
 * once queue on the row lock; the first wins, the others then see it
 * claimed and get LEASE_HELD.
 */
@Injectable()
export class JobWorkflow {
  constructor(
    @Inject(JobsRepository) private readonly jobs: JobsRepository,
    @Inject(DESK_CONFIG) private readonly config: DeskConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async transition(request: TransitionRequest): Promise<TranslationJob> {
    const jobId = checkJobId(request.jobId);
    return this.jobs.transaction(async (tx) => {
      const job = await this.jobs.lock(tx, jobId);
      if (!job) throw new DeskError('JOB_NOT_FOUND', `no translation job ${jobId}`);
      const now = this.clock();
      const decision = decide(job, request.action, request.actor, {
        now,
        leaseMs: this.config.leaseMs,
        assignee: request.assignee,
      });
      if (decision.lapsed)
        await this.jobs.addAudit(tx, {
          jobId,
          actorId: SYSTEM_ACTOR.id,
          actorName: SYSTEM_ACTOR.name,
          action: 'lapse',
          from: 'claimed',
          to: 'open',
          comment: 'the lease ran out',
          at: now,
        });
      const extra = (await request.apply?.({ job, decision, tx, now })) ?? {};
      await this.jobs.update(tx, jobId, { ...decision.changes, state: decision.to, ...extra }, now);
      const updated = (await this.jobs.lock(tx, jobId))!;
      if (!UNAUDITED.has(request.action)) {
        const note = request.auditNote?.(updated) ?? null;
        const comment = [request.comment?.trim() || null, note].filter(Boolean).join(' — ') || null;
        await this.jobs.addAudit(tx, {
          jobId,
          actorId: request.actor.id,
          actorName: request.actor.name,
          action: request.action,
          from: decision.from,
          to: decision.to,
          comment,
          at: now,
        });
      }
      return updated;
    });
  }
}

/** A job id the database can look up; anything else names no job (404, not a 500 from Postgres). */
export function checkJobId(id: string): string {
  if (!UUID.test(id)) throw new DeskError('JOB_NOT_FOUND', `no translation job ${id}`);
  return id.toLowerCase();
}
