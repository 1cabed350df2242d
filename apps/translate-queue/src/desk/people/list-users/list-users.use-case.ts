import { Inject, Injectable } from '@nestjs/common';
import { UserSummary, summarizeUser } from '../desk-user';
import { UsersRepository } from '../users.repository';

/** Every desk account, by username. */
@Injectable()
export class ListUsersUseCase {
  constructor(@Inject(UsersRepository) private readonly users: UsersRepository) {}

  async execute(): Promise<UserSummary[]> {
    return (await this.users.list()).map(summarizeUser);
  }
}
