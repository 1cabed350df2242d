import { Inject, Injectable } from '@nestjs/common';
import { DeskError } from '../../jobs/desk-errors';
import { UserSummary, summarizeUser } from '../desk-user';
import { UsersRepository } from '../users.repository';

/** Stops an account from signing in and ends its sessions at once; or lets it sign in again. */
@Injectable()
export class DisableUserUseCase {
  constructor(@Inject(UsersRepository) private readonly users: UsersRepository) {}

  async execute(input: { username: string; disabled?: boolean }): Promise<UserSummary> {
    const user = await this.users.update(input.username, { disabled: input.disabled ?? true });
    if (!user) throw new DeskError('USER_NOT_FOUND', `no desk user is named ${input.username}`);
    if (user.disabled) await this.users.deleteSessionsOf(user.id);
    return summarizeUser(user);
  }
}
