import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '../../people/desk-roles';
import { DeskError } from '../desk-errors';
import { JobDetailView } from '../job-views';
import { JobViewer } from '../job-viewer';
import { JobWorkflow } from '../job-workflow';

const MAX_COMMENT = 4000;

/** POST /v1/jobs/{id}/return {comment}: back to its translator, saying what to fix. */
@Injectable()
export class ReturnJobUseCase {
  constructor(
    @Inject(JobWorkflow) private readonly workflow: JobWorkflow,
    @Inject(JobViewer) private readonly viewer: JobViewer,
  ) {}

  async execute(jobId: string, actor: Actor, comment: string): Promise<JobDetailView> {
    const job = await this.workflow.transition({ jobId, actor, action: 'return', comment: readComment(comment, true) });
    return this.viewer.detail(job, actor);
  }
}

/** A comment from a body: required for a return, optional elsewhere. */
export function readComment(value: unknown, required: boolean): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
    if (required)
      throw new DeskError('INVALID_INPUT', 'a comment saying what to fix is required', { pointer: '/comment' });
    return undefined;
  }
  if (typeof value !== 'string')
    throw new DeskError('INVALID_INPUT', '"comment" must be a string', { pointer: '/comment' });
  if (value.length > MAX_COMMENT)
    throw new DeskError('INVALID_INPUT', `a comment has at most ${MAX_COMMENT} characters`, { pointer: '/comment' });
  return value.trim();
}
