import { DataSource } from 'typeorm';
import { openServiceDataSource, schemaName } from '@news/persistence';
import { TranslateQueueConfig } from '../../translate-queue-config';
import { TRANSLATE_QUEUE_MIGRATIONS } from '../../translate-queue-database';
import { AddUserUseCase } from '../people/add-user/add-user.use-case';
import { DisableUserUseCase } from '../people/disable-user/disable-user.use-case';
import { ListUsersUseCase } from '../people/list-users/list-users.use-case';
import { ResetPasswordUseCase } from '../people/reset-password/reset-password.use-case';
import { UsersRepository } from '../people/users.repository';

/**
 * The account use cases outside Nest, on translate-queue's own schema and
 * migrations (run here too, so the CLI works before the service has ever
 * started): what `npm run desk` uses.
 */
export class DeskAdminSession {
  readonly addUser: AddUserUseCase;
  readonly listUsers: ListUsersUseCase;
  readonly disableUser: DisableUserUseCase;
  readonly resetPassword: ResetPasswordUseCase;

  private constructor(private readonly dataSource: DataSource) {
    const users = new UsersRepository(dataSource);
    this.addUser = new AddUserUseCase(users);
    this.listUsers = new ListUsersUseCase(users);
    this.disableUser = new DisableUserUseCase(users);
    this.resetPassword = new ResetPasswordUseCase(users);
  }

  static async open(config: TranslateQueueConfig): Promise<DeskAdminSession> {
    const dataSource = await openServiceDataSource({
      url: config.database.url,
      schema: schemaName(config.database.schemaPrefix, 'translation'),
      entities: [],
      migrations: TRANSLATE_QUEUE_MIGRATIONS,
      poolSize: 2,
    });
    return new DeskAdminSession(dataSource);
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
