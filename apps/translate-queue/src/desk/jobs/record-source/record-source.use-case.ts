import { Inject, Injectable, Logger } from '@nestjs/common';
import { Article } from '@news/contracts';
import { TRANSLATE_QUEUE_CONFIG, TranslateQueueConfig } from '../../../translate-queue-config';
import { CLOCK, Clock } from '../../desk.tokens';
import { translationEventId, translationWithStatus } from '../../output/translation-article';
import { DeskOutbox } from '../../outbox/desk-outbox';
import { SYSTEM_ACTOR } from '../../people/desk-roles';
import { Queryable } from '../../sql';
import { decide, isFinished } from '../job-states';
import { JobsRepository } from '../jobs.repository';
import { dueAt, priorityOf } from '../priority';
import { TranslationJob, paragraphsOf } from '../translation-job';
import { translationNeeds } from '../translation-needs';

export interface SourceRecorded {
  opened: string[];
  changed: number;
  canceled: number;
  withdrawn: number;
}

/**
 * What an article on news.ingested means for the desk, idempotently (a
 * redelivered event changes nothing twice, by version):
 * - a translation (newsroom.translation) passes through: no job;
 * - an original opens a job per missing language, with its text;
 * - a newer version of an original updates the job's source and marks it
 *   "source changed" (the translator sees a paragraph diff);
 * - a killed or withheld original cancels its unfinished jobs, and a
 *   translation already out gets a next version with the same status.
 */
@Injectable()
export class RecordSourceUseCase {
  private readonly log = new Logger('RecordSource');

  constructor(
    @Inject(JobsRepository) private readonly jobs: JobsRepository,
    @Inject(DeskOutbox) private readonly outbox: DeskOutbox,
    @Inject(TRANSLATE_QUEUE_CONFIG) private readonly config: TranslateQueueConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(article: Article): Promise<SourceRecorded> {
    const result: SourceRecorded = { opened: [], changed: 0, canceled: 0, withdrawn: 0 };
    if (article.newsroom.translation) return result;
    const now = this.clock();
    await this.jobs.transaction(async (tx) => {
      const existing = await this.jobs.lockByArticle(tx, article.newsroom.articleId);
      if (article.pubStatus !== 'usable') {
        for (const job of existing) await this.stop(tx, job, article, now, result);
        return;
      }
      for (const target of translationNeeds(article, this.config.translationTargets)) {
        const job = existing.find((j) => j.targetLanguage === target);
        if (!job) {
          if (await this.jobs.insert(tx, newJob(article, target, now))) result.opened.push(target);
        } else if (Number(article.version) > job.sourceVersion) {
          await this.newSourceVersion(tx, job, article, now);
          result.changed++;
        }
      }
    });
    if (result.withdrawn > 0) this.outbox.sendSoon();
    if (result.canceled + result.withdrawn > 0)
      this.log.log(
        `original ${article.newsroom.articleId} is ${article.pubStatus}: ${result.canceled} job(s) canceled, ${result.withdrawn} translation(s) ${article.pubStatus}`,
      );
    return result;
  }

  private async newSourceVersion(tx: Queryable, job: TranslationJob, article: Article, now: Date): Promise<void> {
    const changes: Partial<TranslationJob> = {
      ...sourceOf(article),
      // A job nobody has started simply starts from the newest; anyone who has is shown the difference.
      ...(job.state === 'open' && job.draftHeadline === null
        ? {
            baseVersion: Number(article.version),
            baseHeadline: article.headlines[0].value,
            baseParagraphs: paragraphsOf(article),
          }
        : { sourceChanged: job.state !== 'canceled' }),
    };
    await this.jobs.update(tx, job.id, changes, now);
    await this.jobs.addAudit(tx, {
      jobId: job.id,
      actorId: null,
      actorName: SYSTEM_ACTOR.name,
      action: 'source-changed',
      from: job.state,
      to: job.state,
      comment: `the original is now version ${article.version} (was ${job.sourceVersion})`,
      at: now,
    });
  }

  private async stop(tx: Queryable, job: TranslationJob, article: Article, now: Date, result: SourceRecorded) {
    if (Number(article.version) < job.sourceVersion) return;
    const status = article.pubStatus;
    if (!isFinished(job.state)) {
      const decision = decide(job, 'cancel', SYSTEM_ACTOR, { now, leaseMs: 0 });
      await this.jobs.update(
        tx,
        job.id,
        { ...decision.changes, state: decision.to, sourceVersion: Number(article.version) },
        now,
      );
      await this.audit(tx, job, 'cancel', decision.to, `the original was ${status}`, now);
      result.canceled++;
    } else if (job.state === 'approved' && job.outputArticle && job.outputArticle.pubStatus !== status) {
      const version = job.outputVersion + 1;
      const article = translationWithStatus(job.outputArticle, status, version, now);
      await this.outbox.enqueue(tx, article, translationEventId(article.newsroom.articleId, version));
      const decision = decide(job, 'withdraw', SYSTEM_ACTOR, { now, leaseMs: 0 });
      await this.jobs.update(
        tx,
        job.id,
        { ...decision.changes, state: decision.to, outputVersion: version, outputArticle: article },
        now,
      );
      await this.audit(
        tx,
        job,
        'withdraw',
        decision.to,
        `the original was ${status}: translation v${version} is ${status}`,
        now,
      );
      result.withdrawn++;
    }
  }

  private audit(
    tx: Queryable,
    job: TranslationJob,
    action: string,
    to: TranslationJob['state'],
    comment: string,
    now: Date,
  ) {
    return this.jobs.addAudit(tx, {
      jobId: job.id,
      actorId: null,
      actorName: SYSTEM_ACTOR.name,
      action,
      from: job.state,
      to,
      comment,
      at: now,
    });
  }
}

function sourceOf(article: Article) {
  return {
    sourceVersion: Number(article.version),
    headline: article.headlines[0].value,
    sourceArticle: article,
    sourceParagraphs: paragraphsOf(article),
    sourceCredits: article.newsroom.credits,
  };
}

function newJob(article: Article, targetLanguage: string, now: Date) {
  const priority = priorityOf({
    urgency: urgencyOf(article),
    category: article.subjects?.find((s) => s.rel === 'category')?.literal,
    firstCreated: new Date(article.firstCreated),
    now,
  });
  const source = sourceOf(article);
  return {
    articleId: article.newsroom.articleId,
    sourceLanguage: article.language,
    targetLanguage,
    priority,
    dueAt: dueAt(priority, now),
    createdAt: now,
    ...source,
    baseVersion: source.sourceVersion,
    baseHeadline: source.headline,
    baseParagraphs: source.sourceParagraphs,
  };
}

/** ninjs `urgency` (1–9), when a feed sent one: not in our Article type, which carries only what ingest fills. */
function urgencyOf(article: Article): number | undefined {
  const urgency = (article as Article & { urgency?: unknown }).urgency;
  return typeof urgency === 'number' ? urgency : undefined;
}
