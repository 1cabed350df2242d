/**
 * Why the desk refused something. Use cases throw these; the HTTP edge maps
 * the code to a status and a problem+json body (desk-problems.ts), the CLI
 * to a message and exit code. Never an HttpException here.
 */
export type DeskErrorCode =
  | 'UNAUTHENTICATED' // no, unknown or expired token; wrong username or password (401)
  | 'ROLE_FORBIDDEN' // the role may not do this (403)
  | 'OWN_WORK' // a translator approving or reviewing their own translation (403)
  | 'ILLEGAL_TRANSITION' // not from this state (409)
  | 'LEASE_HELD' // someone else holds the job's lease (409)
  | 'LEASE_EXPIRED' // the caller's lease lapsed; claim it again (409)
  | 'NOT_ASSIGNED' // a returned job belongs to its translator (409)
  | 'QA_BLOCKED' // blocking QA failures (422)
  | 'JOB_NOT_FOUND' // (404)
  | 'USER_NOT_FOUND' // (404)
  | 'USER_EXISTS' // (409)
  | 'TERM_NOT_FOUND' // (404)
  | 'TERM_EXISTS' // (409)
  | 'INVALID_INPUT'; // a body or parameter the desk cannot take (400)

export class DeskError extends Error {
  constructor(
    readonly code: DeskErrorCode,
    message: string,
    /** For QA_BLOCKED: the blocking failures; for INVALID_INPUT: the field at fault. */
    readonly details?: { failures?: readonly unknown[]; pointer?: string },
  ) {
    super(message);
    this.name = 'DeskError';
  }
}
