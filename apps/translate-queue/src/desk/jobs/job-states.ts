import { Actor, DeskRole } from '../people/desk-roles';
import { DeskError } from './desk-errors';

/**
 * The life of a translation job, as plain rules with no I/O:
 *
 *   open ─claim─▶ claimed ─submit─▶ submitted ─review─▶ in-review ─approve─▶ approved
 *     ▲             │  ▲                 │                  │
 *     └─release/lapse┘  └─claim── returned ◀──────return─────┘ (also from submitted)
 *   any unfinished state ─cancel─▶ canceled;  approved ─reopen─▶ returned
 *   approved ─withdraw─▶ canceled (the service, when the original is killed)
 *
 * A claim is a lease: it lasts `leaseMs`, each save renews it, and once it
 * has run out the job is open again (lapsed) for anyone to claim.
 */
export const JOB_STATES = ['open', 'claimed', 'submitted', 'in-review', 'approved', 'returned', 'canceled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JOB_ACTIONS = [
  'claim',
  'renew',
  'save-draft',
  'acknowledge-source',
  'release',
  'lapse',
  'submit',
  'review',
  'approve',
  'return',
  'reassign',
  'cancel',
  'withdraw',
  'reopen',
] as const;
export type JobAction = (typeof JOB_ACTIONS)[number];

/** What the rules need to know of a job. */
export interface JobFacts {
  state: JobState;
  leaseHolderId: string | null;
  leaseExpiresAt: Date | null;
  /** Who translated it: set on submit (or by a reassignment); a returned job goes back to them. */
  translatorId: string | null;
  editorId: string | null;
}

export interface Decision {
  from: JobState;
  to: JobState;
  /** The lease had run out: the job was open again before this action (the audit log says so too). */
  lapsed: boolean;
  changes: Partial<Omit<JobFacts, 'state'>>;
}

export interface DecideOptions {
  now: Date;
  leaseMs: number;
  /** For reassign: the person who gets the job. */
  assignee?: Actor;
}

const WORKERS: readonly DeskRole[] = ['translator', 'translation-editor', 'admin'];
const EDITORS: readonly DeskRole[] = ['translation-editor', 'admin'];
const UNFINISHED: readonly JobState[] = ['open', 'claimed', 'submitted', 'in-review', 'returned'];

interface Rule {
  from: readonly JobState[];
  to: JobState | 'same';
  roles: readonly (DeskRole | 'system')[];
}

const RULES: Record<JobAction, Rule> = {
  claim: { from: ['open', 'returned'], to: 'claimed', roles: WORKERS },
  renew: { from: ['claimed'], to: 'same', roles: WORKERS },
  'save-draft': { from: ['claimed'], to: 'same', roles: WORKERS },
  'acknowledge-source': { from: ['claimed'], to: 'same', roles: WORKERS },
  release: { from: ['claimed'], to: 'open', roles: WORKERS },
  lapse: { from: ['claimed'], to: 'open', roles: ['system'] },
  submit: { from: ['claimed'], to: 'submitted', roles: WORKERS },
  review: { from: ['submitted'], to: 'in-review', roles: EDITORS },
  approve: { from: ['submitted', 'in-review'], to: 'approved', roles: EDITORS },
  return: { from: ['submitted', 'in-review'], to: 'returned', roles: EDITORS },
  reassign: { from: ['open', 'claimed', 'returned'], to: 'claimed', roles: EDITORS },
  cancel: { from: UNFINISHED, to: 'canceled', roles: [...EDITORS, 'system'] },
  // The original was killed after its translation went out: the translation is killed too.
  withdraw: { from: ['approved'], to: 'canceled', roles: ['system'] },
  reopen: { from: ['approved'], to: 'returned', roles: EDITORS },
};

/** A claimed job whose lease has run out is open again, whether or not the sweeper has written it down yet. */
export function effectiveState(job: JobFacts, now: Date): JobState {
  return job.state === 'claimed' && leaseLapsed(job, now) ? 'open' : job.state;
}

export function leaseLapsed(job: JobFacts, now: Date): boolean {
  return job.state === 'claimed' && (!job.leaseExpiresAt || job.leaseExpiresAt.getTime() <= now.getTime());
}

/**
 * Whether `actor` may take `action` on `job` now, and what changes if so.
 * Throws a DeskError: ROLE_FORBIDDEN or OWN_WORK (403), ILLEGAL_TRANSITION,
 * LEASE_HELD, LEASE_EXPIRED or NOT_ASSIGNED (409).
 */
export function decide(job: JobFacts, action: JobAction, actor: Actor, options: DecideOptions): Decision {
  const rule = RULES[action];
  if (!rule.roles.includes(actor.role))
    throw new DeskError('ROLE_FORBIDDEN', `a ${actor.role} may not ${action} a translation job`);
  const { now, leaseMs } = options;
  const lapsed = leaseLapsed(job, now);
  // A lapse is the sweeper writing down what effectiveState already says: it starts from the stored state.
  const from = action === 'lapse' ? job.state : effectiveState(job, now);
  const lease = { leaseHolderId: actor.id, leaseExpiresAt: new Date(now.getTime() + leaseMs) };
  const noLease = { leaseHolderId: null, leaseExpiresAt: null };
  const isEditor = actor.role === 'translation-editor' || actor.role === 'admin';

  if (action === 'claim' && from === 'claimed') {
    // Claiming what one holds renews it; anyone else's live lease is theirs.
    if (job.leaseHolderId === actor.id) return { from, to: 'claimed', lapsed, changes: lease };
    throw new DeskError('LEASE_HELD', 'another translator holds this job');
  }
  if (['renew', 'save-draft', 'acknowledge-source', 'submit'].includes(action) && job.state === 'claimed') {
    if (job.leaseHolderId !== actor.id) {
      if (lapsed) throw new DeskError('ILLEGAL_TRANSITION', `the job is open: claim it before you ${action}`);
      throw new DeskError('LEASE_HELD', 'another translator holds this job');
    }
    if (lapsed) throw new DeskError('LEASE_EXPIRED', 'your lease on this job ran out: claim it again');
  }
  if (!rule.from.includes(from))
    throw new DeskError('ILLEGAL_TRANSITION', `a job that is ${from} cannot be ${pastTense(action)}`);

  const to = rule.to === 'same' ? from : rule.to;
  switch (action) {
    case 'claim':
      if (from === 'returned' && job.translatorId && job.translatorId !== actor.id && !isEditor)
        throw new DeskError('NOT_ASSIGNED', 'this job was returned to its translator');
      return { from, to, lapsed, changes: lease };
    case 'renew':
    case 'save-draft':
    case 'acknowledge-source':
      return { from, to, lapsed, changes: { leaseExpiresAt: lease.leaseExpiresAt } };
    case 'release':
      if (job.leaseHolderId !== actor.id && !isEditor)
        throw new DeskError('LEASE_HELD', 'only the holder or a translation editor may release this job');
      return { from, to, lapsed, changes: noLease };
    case 'lapse':
      if (!lapsed) throw new DeskError('ILLEGAL_TRANSITION', 'the lease has not run out');
      return { from, to, lapsed, changes: noLease };
    case 'submit':
      return { from, to, lapsed, changes: { ...noLease, translatorId: actor.id } };
    case 'review':
    case 'approve':
    case 'return':
    case 'reopen':
      if (job.translatorId !== null && job.translatorId === actor.id)
        throw new DeskError('OWN_WORK', `a translator may not ${action} their own translation`);
      return { from, to, lapsed, changes: { editorId: actor.id } };
    case 'reassign': {
      const assignee = options.assignee;
      if (!assignee?.id || assignee.role === 'system')
        throw new DeskError('INVALID_INPUT', 'reassign needs the username of a desk user');
      return {
        from,
        to,
        lapsed,
        changes: { leaseHolderId: assignee.id, leaseExpiresAt: lease.leaseExpiresAt, translatorId: assignee.id },
      };
    }
    case 'cancel':
    case 'withdraw':
      return { from, to, lapsed, changes: noLease };
  }
}

/** The actions the actor could take now (the desk shows a button for each). */
export function allowedActions(job: JobFacts, actor: Actor, options: Omit<DecideOptions, 'assignee'>): JobAction[] {
  const placeholder: Actor = { id: '\u0000someone', role: 'translator', name: '' };
  return JOB_ACTIONS.filter((action) => {
    if (action === 'lapse') return false;
    try {
      decide(job, action, actor, { ...options, assignee: placeholder });
      return true;
    } catch {
      return false;
    }
  });
}

export function isFinished(state: JobState): boolean {
  return state === 'approved' || state === 'canceled';
}

function pastTense(action: JobAction): string {
  const words: Record<JobAction, string> = {
    claim: 'claimed',
    renew: 'renewed',
    'save-draft': 'edited',
    'acknowledge-source': 'brought up to date',
    release: 'released',
    lapse: 'lapsed',
    submit: 'submitted',
    review: 'taken into review',
    approve: 'approved',
    return: 'returned',
    reassign: 'reassigned',
    cancel: 'canceled',
    withdraw: 'withdrawn',
    reopen: 'reopened',
  };
  return words[action];
}
