import { Inject, Injectable } from '@nestjs/common';
import type { DeskConfig } from '../../translate-queue-config';
import { CLOCK, Clock, DESK_CONFIG } from '../desk.tokens';
import { GlossaryRepository } from '../glossary/glossary.repository';
import { Actor } from '../people/desk-roles';
import { UsersRepository } from '../people/users.repository';
import { JobDetailView, JobSummaryView, detailView, summaryView, userIdsOf } from './job-views';
import { JobsRepository } from './jobs.repository';
import { TranslationJob } from './translation-job';

/** Turns stored jobs into what the API answers, with names, audit, QA and hints filled in. */
@Injectable()
export class JobViewer {
  constructor(
    @Inject(JobsRepository) private readonly jobs: JobsRepository,
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(GlossaryRepository) private readonly glossary: GlossaryRepository,
    @Inject(DESK_CONFIG) private readonly config: DeskConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async summaries(jobs: readonly TranslationJob[]): Promise<JobSummaryView[]> {
    const users = await this.users.findByIds(userIdsOf(jobs));
    const now = this.clock();
    return jobs.map((job) => summaryView(job, users, now));
  }

  async detail(job: TranslationJob, actor: Actor): Promise<JobDetailView> {
    const [users, audit, glossary] = await Promise.all([
      this.users.findByIds(userIdsOf([job])),
      this.jobs.auditOf(job.id),
      this.glossary.list(),
    ]);
    return detailView({
      job,
      users,
      audit,
      glossary,
      qaSeverities: this.config.qa,
      actor,
      now: this.clock(),
      leaseMs: this.config.leaseMs,
    });
  }
}
