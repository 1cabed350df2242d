import { Actor, DeskRole } from './desk-roles';

export interface DeskUser {
  id: string;
  username: string;
  role: DeskRole;
  /** Credited exactly as given, e.g. سلمى يوسف. */
  displayName: string;
  passwordHash: string;
  disabled: boolean;
  createdAt: Date;
}

/** What anyone may see of an account: never its hash. */
export interface UserSummary {
  id: string;
  username: string;
  role: DeskRole;
  displayName: string;
  disabled: boolean;
  createdAt: string;
}

export function summarizeUser(user: DeskUser): UserSummary {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    displayName: user.displayName,
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
  };
}

export function actorOf(user: Pick<DeskUser, 'id' | 'role' | 'displayName'>): Actor {
  return { id: user.id, role: user.role, name: user.displayName };
}
