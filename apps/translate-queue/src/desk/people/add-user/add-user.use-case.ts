import { Inject, Injectable } from '@nestjs/common';
import { DeskError } from '../../jobs/desk-errors';
import { DeskRole, isDeskRole } from '../desk-roles';
import { UserSummary, summarizeUser } from '../desk-user';
import { checkPassword, generatePassword, hashPassword } from '../passwords';
import { UsersRepository } from '../users.repository';

export interface AddUserInput {
  username: string;
  role: string;
  /** Credited exactly as given: kept as typed, only trimmed. */
  displayName: string;
  /** Generated (and returned, this once) when absent. */
  password?: string;
}

export interface AddedUser {
  user: UserSummary;
  /** Only when it was generated: the one time it is shown. */
  generatedPassword?: string;
}

export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** Opens a desk account; what `npm run desk -- add-user` and the tests call. */
@Injectable()
export class AddUserUseCase {
  constructor(@Inject(UsersRepository) private readonly users: UsersRepository) {}

  async execute(input: AddUserInput): Promise<AddedUser> {
    const role = readRole(input.role);
    const username = readUsername(input.username);
    const displayName = input.displayName.normalize('NFC').trim();
    if (!displayName) throw new DeskError('INVALID_INPUT', 'a display name is needed: it is the name credited');
    const password = input.password ?? generatePassword();
    checkPassword(password);
    const user = await this.users.insert({ username, role, displayName, passwordHash: await hashPassword(password) });
    if (!user) throw new DeskError('USER_EXISTS', `a user named ${username} already exists`);
    return { user: summarizeUser(user), ...(input.password === undefined ? { generatedPassword: password } : {}) };
  }
}

export function readUsername(username: string): string {
  if (!USERNAME.test(username))
    throw new DeskError(
      'INVALID_INPUT',
      `a username is 2-64 of a-z, 0-9, ".", "_", "-", starting with a letter or digit; got "${username}"`,
    );
  return username;
}

export function readRole(role: string): DeskRole {
  if (!isDeskRole(role))
    throw new DeskError('INVALID_INPUT', `the role is translator, translation-editor or admin; got "${role}"`);
  return role;
}
