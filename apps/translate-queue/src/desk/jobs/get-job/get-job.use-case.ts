import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '../../people/desk-roles';
import { DeskError } from '../desk-errors';
import { JobDetailView } from '../job-views';
import { JobViewer } from '../job-viewer';
import { checkJobId } from '../job-workflow';
import { JobsRepository } from '../jobs.repository';

/** GET /v1/jobs/{id}: source, draft, diff, QA, glossary hints, audit and what the caller may do. */
@Injectable()
export class GetJobUseCase {
  constructor(
    @Inject(JobsRepository) private readonly jobs: JobsRepository,
    @Inject(JobViewer) private readonly viewer: JobViewer,
  ) {}

  async execute(id: string, actor: Actor): Promise<JobDetailView> {
    const job = await this.jobs.find(checkJobId(id));
    if (!job) throw new DeskError('JOB_NOT_FOUND', `no translation job ${id}`);
    return this.viewer.detail(job, actor);
  }
}
