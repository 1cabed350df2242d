import { Actor } from '../people/desk-roles';
import { DeskError } from './desk-errors';
import { JobAction, JobFacts, allowedActions, decide, effectiveState } from './job-states';

const now = new Date('2026-05-01T10:00:00Z');
const leaseMs = 30 * 60_000;
const salma: Actor = { id: 'u-salma', role: 'translator', name: 'سلمى يوسف' };
const omar: Actor = { id: 'u-omar', role: 'translator', name: 'Omar' };
const farah: Actor = { id: 'u-farah', role: 'translation-editor', name: 'فرح ناصيف' };
const admin: Actor = { id: 'u-admin', role: 'admin', name: 'Admin' };

function job(facts: Partial<JobFacts> = {}): JobFacts {
  return { state: 'open', leaseHolderId: null, leaseExpiresAt: null, translatorId: null, editorId: null, ...facts };
}
const claimedBy = (actor: Actor, expires = new Date(now.getTime() + 60_000)) =>
  job({ state: 'claimed', leaseHolderId: actor.id, leaseExpiresAt: expires });
const submittedBy = (actor: Actor) => job({ state: 'submitted', translatorId: actor.id });

function refusal(facts: JobFacts, action: JobAction, actor: Actor): string {
  try {
    decide(facts, action, actor, { now, leaseMs });
  } catch (error) {
    return (error as DeskError).code;
  }
  throw new Error(`${action} was allowed`);
}

describe('the job state machine', () => {
  it('walks the whole way: open, claimed, submitted, in review, approved', () => {
    const claim = decide(job(), 'claim', salma, { now, leaseMs });
    expect(claim).toMatchObject({ from: 'open', to: 'claimed', changes: { leaseHolderId: 'u-salma' } });
    expect(claim.changes.leaseExpiresAt).toEqual(new Date(now.getTime() + leaseMs));
    const submit = decide(claimedBy(salma), 'submit', salma, { now, leaseMs });
    expect(submit).toMatchObject({ to: 'submitted', changes: { translatorId: 'u-salma', leaseHolderId: null } });
    expect(decide(submittedBy(salma), 'review', farah, { now, leaseMs })).toMatchObject({ to: 'in-review' });
    const approve = decide(job({ state: 'in-review', translatorId: 'u-salma' }), 'approve', farah, { now, leaseMs });
    expect(approve).toMatchObject({ from: 'in-review', to: 'approved', changes: { editorId: 'u-farah' } });
  });

  it('returns a job with a comment to its translator, who alone may claim it again', () => {
    expect(decide(submittedBy(salma), 'return', farah, { now, leaseMs }).to).toBe('returned');
    const returned = job({ state: 'returned', translatorId: 'u-salma' });
    expect(decide(returned, 'claim', salma, { now, leaseMs }).to).toBe('claimed');
    expect(refusal(returned, 'claim', omar)).toBe('NOT_ASSIGNED');
  });

  it('never lets a translator approve, review or return their own work, even an admin', () => {
    expect(refusal(submittedBy(admin), 'approve', admin)).toBe('OWN_WORK');
    expect(refusal(submittedBy(farah), 'review', farah)).toBe('OWN_WORK');
    expect(refusal(submittedBy(farah), 'return', farah)).toBe('OWN_WORK');
  });

  it('answers a role that may not with ROLE_FORBIDDEN (403)', () => {
    expect(refusal(submittedBy(salma), 'approve', omar)).toBe('ROLE_FORBIDDEN');
    expect(refusal(job(), 'cancel', omar)).toBe('ROLE_FORBIDDEN');
    expect(refusal(job(), 'reassign', salma)).toBe('ROLE_FORBIDDEN');
    expect(refusal(claimedBy(salma), 'lapse', admin)).toBe('ROLE_FORBIDDEN');
  });

  it('answers an illegal transition with ILLEGAL_TRANSITION (409)', () => {
    expect(refusal(job(), 'approve', farah)).toBe('ILLEGAL_TRANSITION');
    expect(refusal(job({ state: 'approved', translatorId: 'u-salma' }), 'claim', salma)).toBe('ILLEGAL_TRANSITION');
    expect(refusal(job({ state: 'canceled' }), 'cancel', farah)).toBe('ILLEGAL_TRANSITION');
    expect(refusal(job(), 'submit', salma)).toBe('ILLEGAL_TRANSITION');
  });

  it("refuses another translator's live lease with LEASE_HELD (409), and renews one's own", () => {
    expect(refusal(claimedBy(salma), 'claim', omar)).toBe('LEASE_HELD');
    expect(refusal(claimedBy(salma), 'save-draft', omar)).toBe('LEASE_HELD');
    expect(refusal(claimedBy(salma), 'release', omar)).toBe('LEASE_HELD');
    expect(decide(claimedBy(salma), 'claim', salma, { now, leaseMs })).toMatchObject({ to: 'claimed' });
    expect(decide(claimedBy(salma), 'release', farah, { now, leaseMs })).toMatchObject({ to: 'open' });
  });

  it('treats a lapsed lease as open: anyone may claim, the old holder must claim again', () => {
    const lapsed = claimedBy(salma, new Date(now.getTime() - 1));
    expect(effectiveState(lapsed, now)).toBe('open');
    expect(decide(lapsed, 'claim', omar, { now, leaseMs })).toMatchObject({
      from: 'open',
      to: 'claimed',
      lapsed: true,
    });
    expect(refusal(lapsed, 'save-draft', salma)).toBe('LEASE_EXPIRED');
    expect(refusal(lapsed, 'submit', salma)).toBe('LEASE_EXPIRED');
    expect(decide(lapsed, 'lapse', { id: null, role: 'system', name: 'system' }, { now, leaseMs })).toMatchObject({
      to: 'open',
      changes: { leaseHolderId: null },
    });
  });

  it('lets an editor reassign, cancel and reopen; the system withdraws an approved translation', () => {
    const reassign = decide(claimedBy(salma), 'reassign', farah, { now, leaseMs, assignee: omar });
    expect(reassign).toMatchObject({ to: 'claimed', changes: { leaseHolderId: 'u-omar', translatorId: 'u-omar' } });
    expect(decide(job({ state: 'in-review', translatorId: 'u-salma' }), 'cancel', farah, { now, leaseMs }).to).toBe(
      'canceled',
    );
    expect(decide(job({ state: 'approved', translatorId: 'u-salma' }), 'reopen', farah, { now, leaseMs }).to).toBe(
      'returned',
    );
    const system: Actor = { id: null, role: 'system', name: 'system' };
    expect(decide(job({ state: 'approved' }), 'withdraw', system, { now, leaseMs }).to).toBe('canceled');
    expect(refusal(job({ state: 'approved' }), 'withdraw', farah)).toBe('ROLE_FORBIDDEN');
  });

  it('lists the actions each person may take, for the buttons on the job page', () => {
    expect(allowedActions(job(), salma, { now, leaseMs })).toEqual(['claim']);
    expect(allowedActions(claimedBy(salma), salma, { now, leaseMs })).toEqual([
      'claim',
      'renew',
      'save-draft',
      'acknowledge-source',
      'release',
      'submit',
    ]);
    expect(allowedActions(submittedBy(salma), farah, { now, leaseMs })).toEqual([
      'review',
      'approve',
      'return',
      'cancel',
    ]);
    expect(allowedActions(submittedBy(salma), salma, { now, leaseMs })).toEqual([]);
  });
});
