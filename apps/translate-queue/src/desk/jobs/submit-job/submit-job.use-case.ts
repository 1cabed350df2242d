import { Inject, Injectable } from '@nestjs/common';
import type { DeskConfig } from '../../../translate-queue-config';
import { DESK_CONFIG } from '../../desk.tokens';
import { GlossaryRepository } from '../../glossary/glossary.repository';
import { Actor } from '../../people/desk-roles';
import { blockingFailures } from '../../qa/qa-checks';
import { DeskError } from '../desk-errors';
import { JobDetailView, qaOf } from '../job-views';
import { JobViewer } from '../job-viewer';
import { JobWorkflow } from '../job-workflow';

/** POST /v1/jobs/{id}/submit: to the translation editors, unless a blocking QA check fails (422 naming each). */
@Injectable()
export class SubmitJobUseCase {
  constructor(
    @Inject(JobWorkflow) private readonly workflow: JobWorkflow,
    @Inject(JobViewer) private readonly viewer: JobViewer,
    @Inject(GlossaryRepository) private readonly glossary: GlossaryRepository,
    @Inject(DESK_CONFIG) private readonly config: DeskConfig,
  ) {}

  async execute(jobId: string, actor: Actor): Promise<JobDetailView> {
    const glossary = await this.glossary.list();
    const job = await this.workflow.transition({
      jobId,
      actor,
      action: 'submit',
      apply: ({ job, now }) => {
        if (job.draftHeadline === null)
          throw new DeskError('QA_BLOCKED', 'there is no draft to submit', {
            failures: [{ check: 'empty-paragraph', message: 'there is no draft yet' }],
          });
        const failures = blockingFailures(qaOf(job, glossary, this.config.qa)).flatMap((result) =>
          result.findings.map((finding) => ({ check: result.check, ...finding })),
        );
        if (failures.length > 0)
          throw new DeskError('QA_BLOCKED', `${failures.length} blocking QA failure(s): fix them and submit again`, {
            failures,
          });
        return { submittedAt: job.submittedAt ?? now };
      },
    });
    return this.viewer.detail(job, actor);
  }
}
