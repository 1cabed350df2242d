import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '../../people/desk-roles';
import { JobAction } from '../job-states';
import { JobDetailView } from '../job-views';
import { JobViewer } from '../job-viewer';
import { JobWorkflow } from '../job-workflow';

/** The transitions that change nothing but the state, the lease and the audit log. */
export type SimpleAction = Extract<JobAction, 'renew' | 'release' | 'review' | 'cancel' | 'reopen'>;

/**
 * POST /v1/jobs/{id}/renew | release | review | cancel | reopen. The rules
 * (who, from which state) are job-states.ts's; this only runs them.
 */
@Injectable()
export class SimpleTransitionsUseCase {
  constructor(
    @Inject(JobWorkflow) private readonly workflow: JobWorkflow,
    @Inject(JobViewer) private readonly viewer: JobViewer,
  ) {}

  async execute(jobId: string, actor: Actor, action: SimpleAction, comment?: string): Promise<JobDetailView> {
    const job = await this.workflow.transition({ jobId, actor, action, comment });
    return this.viewer.detail(job, actor);
  }
}
