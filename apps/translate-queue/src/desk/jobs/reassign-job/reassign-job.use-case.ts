import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '../../people/desk-roles';
import { actorOf } from '../../people/desk-user';
import { UsersRepository } from '../../people/users.repository';
import { DeskError } from '../desk-errors';
import { JobDetailView } from '../job-views';
import { JobViewer } from '../job-viewer';
import { JobWorkflow } from '../job-workflow';

/** POST /v1/jobs/{id}/reassign {username}: an editor hands the job (and a fresh lease) to another translator. */
@Injectable()
export class ReassignJobUseCase {
  constructor(
    @Inject(JobWorkflow) private readonly workflow: JobWorkflow,
    @Inject(JobViewer) private readonly viewer: JobViewer,
    @Inject(UsersRepository) private readonly users: UsersRepository,
  ) {}

  async execute(jobId: string, actor: Actor, username: unknown, comment?: string): Promise<JobDetailView> {
    if (typeof username !== 'string' || !username)
      throw new DeskError('INVALID_INPUT', 'the body is {"username": "<who gets the job>"}', { pointer: '/username' });
    const assignee = await this.users.findByUsername(username);
    if (!assignee || assignee.disabled)
      throw new DeskError('USER_NOT_FOUND', `no enabled desk user is named ${username}`);
    const job = await this.workflow.transition({
      jobId,
      actor,
      action: 'reassign',
      assignee: actorOf(assignee),
      comment: [`to ${assignee.displayName}`, comment].filter(Boolean).join(': '),
    });
    return this.viewer.detail(job, actor);
  }
}
