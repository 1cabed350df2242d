import { Controller, Get, Inject, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, requireRole } from '../people/desk-roles';
import { UserSummary } from '../people/desk-user';
import { ListUsersUseCase } from '../people/list-users/list-users.use-case';
import { ApiProblems, DESK_TOKEN } from './api-docs';
import { CurrentActor, DeskAuthGuard } from './desk-auth.guard';

/** Who works the desk, for an editor choosing whom to reassign a job to. Accounts are managed with `npm run desk`. */
@ApiTags('desk: people')
@ApiBearerAuth(DESK_TOKEN)
@ApiProblems([401, 'No live session.'], [403, 'Not an editor or admin.'])
@UseGuards(DeskAuthGuard)
@Controller('v1/users')
export class UsersController {
  constructor(@Inject(ListUsersUseCase) private readonly listUsers: ListUsersUseCase) {}

  @Get()
  @ApiOperation({ summary: 'Every desk account (never a password hash)' })
  async list(@CurrentActor() actor: Actor): Promise<{ items: UserSummary[] }> {
    requireRole(actor, ['translation-editor', 'admin'], 'list the desk’s accounts');
    return { items: await this.listUsers.execute() };
  }
}
