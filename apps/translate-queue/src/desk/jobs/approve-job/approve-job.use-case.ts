import { Inject, Injectable } from '@nestjs/common';
import { GlossaryRepository } from '../../glossary/glossary.repository';
import { buildTranslationArticle, translationArticleId, translationEventId } from '../../output/translation-article';
import { DeskOutbox } from '../../outbox/desk-outbox';
import { Actor } from '../../people/desk-roles';
import { UsersRepository } from '../../people/users.repository';
import { DeskError } from '../desk-errors';
import { JobDetailView } from '../job-views';
import { JobViewer } from '../job-viewer';
import { JobWorkflow } from '../job-workflow';

/**
 * POST /v1/jobs/{id}/approve: a translation editor (never the translator)
 * approves; the translation goes to news.ready.v1 as its own article, the
 * next version of it, through the outbox in the same transaction. An
 * approval of a translation made from an older version of the original than
 * the newest is allowed, and flagged (on the job and in the audit log).
 */
@Injectable()
export class ApproveJobUseCase {
  constructor(
    @Inject(JobWorkflow) private readonly workflow: JobWorkflow,
    @Inject(JobViewer) private readonly viewer: JobViewer,
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(GlossaryRepository) private readonly glossary: GlossaryRepository,
    @Inject(DeskOutbox) private readonly outbox: DeskOutbox,
  ) {}

  async execute(jobId: string, actor: Actor, correlationId?: string): Promise<JobDetailView> {
    const glossary = await this.glossary.list();
    const job = await this.workflow.transition({
      jobId,
      actor,
      action: 'approve',
      apply: async ({ job, tx, now }) => {
        if (!job.sourceArticle || job.draftHeadline === null)
          throw new DeskError('ILLEGAL_TRANSITION', 'this job has no source article or no draft to approve');
        const translator = job.translatorId
          ? (await this.users.findByIds([job.translatorId])).get(job.translatorId)
          : undefined;
        if (!translator) throw new DeskError('ILLEGAL_TRANSITION', 'this job has no translator to credit');
        const version = job.outputVersion + 1;
        const firstApprovedAt = job.firstApprovedAt ?? now;
        const article = buildTranslationArticle({
          original: job.sourceArticle,
          targetLanguage: job.targetLanguage,
          headline: job.draftHeadline.trim(),
          paragraphs: (job.draftParagraphs ?? []).map((p) => p.trim()),
          translatorName: translator.displayName,
          translationEditorName: actor.name,
          version,
          firstCreated: firstApprovedAt,
          now,
          glossary,
        });
        await this.outbox.enqueue(tx, article, translationEventId(article.newsroom.articleId, version), correlationId);
        const baseVersion = job.baseVersion ?? job.sourceVersion;
        return {
          approvedAt: now,
          firstApprovedAt,
          approvedSourceVersion: baseVersion,
          approvedAgainstOlderSource: baseVersion < job.sourceVersion,
          outputVersion: version,
          outputArticle: article,
        };
      },
      auditNote: (job) =>
        job.approvedAgainstOlderSource
          ? `approved against source version ${job.approvedSourceVersion}; the newest is ${job.sourceVersion}`
          : `published as ${translationArticleId(job.articleId, job.targetLanguage)} v${job.outputVersion}`,
    });
    this.outbox.sendSoon();
    return this.viewer.detail(job, actor);
  }
}
