import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '../../people/desk-roles';
import { JobDetailView } from '../job-views';
import { JobViewer } from '../job-viewer';
import { JobWorkflow } from '../job-workflow';

/**
 * POST /v1/jobs/{id}/claim: the lease is the caller's (claiming one's own
 * again renews it). A job nobody has drafted starts from the newest source:
 * there is nothing to bring up to date.
 */
@Injectable()
export class ClaimJobUseCase {
  constructor(
    @Inject(JobWorkflow) private readonly workflow: JobWorkflow,
    @Inject(JobViewer) private readonly viewer: JobViewer,
  ) {}

  async execute(jobId: string, actor: Actor): Promise<JobDetailView> {
    const job = await this.workflow.transition({
      jobId,
      actor,
      action: 'claim',
      apply: ({ job }) =>
        job.draftHeadline === null
          ? {
              baseVersion: job.sourceVersion,
              baseHeadline: job.headline,
              baseParagraphs: job.sourceParagraphs,
              sourceChanged: false,
            }
          : undefined,
    });
    return this.viewer.detail(job, actor);
  }
}
