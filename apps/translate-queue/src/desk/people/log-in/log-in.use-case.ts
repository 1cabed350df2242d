import { Inject, Injectable } from '@nestjs/common';
import type { DeskConfig } from '../../../translate-queue-config';
import { CLOCK, Clock, DESK_CONFIG } from '../../desk.tokens';
import { DeskError } from '../../jobs/desk-errors';
import { DeskUser, UserSummary, summarizeUser } from '../desk-user';
import { decoyHash, verifyPassword } from '../passwords';
import { generateSessionToken, hashSessionToken } from '../session-tokens';
import { UsersRepository } from '../users.repository';

export interface LoggedIn {
  token: string;
  expiresAt: string;
  user: UserSummary;
}

const REFUSED = 'wrong username or password';

/** POST /v1/auth/login: a session token for a right password; one answer for every wrong one. */
@Injectable()
export class LogInUseCase {
  constructor(
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(DESK_CONFIG) private readonly config: DeskConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(input: { username: string; password: string }): Promise<LoggedIn> {
    const user = await this.users.findByUsername(input.username);
    // Always one Argon2 verification, so an unknown name takes as long as a wrong password.
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
    if (!user || !valid || user.disabled) throw new DeskError('UNAUTHENTICATED', REFUSED);
    const token = generateSessionToken();
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + this.config.sessionMs);
    await this.users.createSession(hashSessionToken(token), user.id, expiresAt);
    // Expired sessions are swept here, on the path that makes sessions.
    await this.users.deleteExpiredSessions(now);
    return { token, expiresAt: expiresAt.toISOString(), user: summarizeUser(user) };
  }

  /** The signed-in, enabled user a bearer token belongs to; UNAUTHENTICATED otherwise. */
  async authenticate(token: string | undefined): Promise<DeskUser> {
    const user = token ? await this.users.findSessionUser(hashSessionToken(token), this.clock()) : null;
    if (!user)
      throw new DeskError('UNAUTHENTICATED', 'sign in first: Authorization: Bearer <token from POST /v1/auth/login>');
    return user;
  }

  async logOut(token: string): Promise<void> {
    await this.users.deleteSession(hashSessionToken(token));
  }
}

export function readLogIn(body: unknown): { username: string; password: string } {
  const { username, password } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof username !== 'string' || typeof password !== 'string')
    throw new DeskError('INVALID_INPUT', 'the body is {"username": "...", "password": "..."}');
  return { username, password };
}
