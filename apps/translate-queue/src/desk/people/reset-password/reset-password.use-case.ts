import { Inject, Injectable } from '@nestjs/common';
import { DeskError } from '../../jobs/desk-errors';
import { UserSummary, summarizeUser } from '../desk-user';
import { checkPassword, generatePassword, hashPassword } from '../passwords';
import { UsersRepository } from '../users.repository';

/** A new password (given, or generated and returned once); every session of the account ends. */
@Injectable()
export class ResetPasswordUseCase {
  constructor(@Inject(UsersRepository) private readonly users: UsersRepository) {}

  async execute(input: {
    username: string;
    password?: string;
  }): Promise<{ user: UserSummary; generatedPassword?: string }> {
    const password = input.password ?? generatePassword();
    checkPassword(password);
    const user = await this.users.update(input.username, { passwordHash: await hashPassword(password) });
    if (!user) throw new DeskError('USER_NOT_FOUND', `no desk user is named ${input.username}`);
    await this.users.deleteSessionsOf(user.id);
    return { user: summarizeUser(user), ...(input.password === undefined ? { generatedPassword: password } : {}) };
  }
}
