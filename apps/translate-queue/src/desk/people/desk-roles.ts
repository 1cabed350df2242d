import { DeskError } from '../jobs/desk-errors';

/** Who works the desk. A translator translates; a translation editor reviews, approves or returns; an admin may do both. */
export const DESK_ROLES = ['translator', 'translation-editor', 'admin'] as const;
export type DeskRole = (typeof DESK_ROLES)[number];

export function isDeskRole(value: string): value is DeskRole {
  return (DESK_ROLES as readonly string[]).includes(value);
}

/** Someone acting on a job: a signed-in person, or the service itself (a lapsed lease, a killed original). */
export interface Actor {
  /** The desk user's id; null for the system. */
  id: string | null;
  role: DeskRole | 'system';
  /** The display name, credited exactly as given (e.g. سلمى يوسف). */
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, role: 'system', name: 'system' };

/** ROLE_FORBIDDEN unless the actor has one of the roles. */
export function requireRole(actor: Actor, roles: readonly DeskRole[], doing: string): void {
  if (!(roles as readonly string[]).includes(actor.role))
    throw new DeskError('ROLE_FORBIDDEN', `only a ${roles.join(' or ')} may ${doing}`);
}
