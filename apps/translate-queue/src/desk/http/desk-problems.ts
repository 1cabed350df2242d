import { ProblemDetails, ProblemMapper, problem } from '@news/http';
import { DeskError, DeskErrorCode } from '../jobs/desk-errors';

const STATUS: Record<DeskErrorCode, [number, string, string]> = {
  UNAUTHENTICATED: [401, 'unauthenticated', 'Unauthenticated'],
  ROLE_FORBIDDEN: [403, 'role-forbidden', 'Not allowed for this role'],
  OWN_WORK: [403, 'own-work', 'Not your own translation'],
  ILLEGAL_TRANSITION: [409, 'illegal-transition', 'Not from this state'],
  LEASE_HELD: [409, 'lease-held', 'Another translator holds this job'],
  LEASE_EXPIRED: [409, 'lease-expired', 'Lease expired'],
  NOT_ASSIGNED: [409, 'not-assigned', 'Assigned to another translator'],
  QA_BLOCKED: [422, 'qa-blocked', 'Blocking QA failures'],
  JOB_NOT_FOUND: [404, 'job-not-found', 'Job not found'],
  USER_NOT_FOUND: [404, 'user-not-found', 'User not found'],
  USER_EXISTS: [409, 'user-exists', 'User exists'],
  TERM_NOT_FOUND: [404, 'term-not-found', 'Term not found'],
  TERM_EXISTS: [409, 'term-exists', 'Term exists'],
  INVALID_INPUT: [400, 'invalid-input', 'Invalid input'],
};

/** Desk errors as RFC 9457 problems; a QA refusal lists its blocking failures in `failures`. */
export const deskProblems: ProblemMapper = (error: unknown): ProblemDetails | null => {
  if (!(error instanceof DeskError)) return null;
  const [status, slug, title] = STATUS[error.code];
  const body: ProblemDetails & { failures?: readonly unknown[]; code?: string } = {
    ...problem(status, slug, title, error.message, error.details?.pointer),
    code: error.code,
  };
  if (error.details?.failures) body.failures = error.details.failures;
  return body;
};
