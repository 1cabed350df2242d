import { Inject, Injectable } from '@nestjs/common';
import { ArticleEvent, ArticleEventTypes, Topics } from '@news/contracts';
import { StageOutput } from '@news/messaging';
import { OpenTranslationJobsUseCase } from '../jobs/open-jobs/open-translation-jobs.use-case';

/**
 * Every article goes on to `news.ready` at once (an Arabic original is
 * published in Arabic without waiting); the jobs for missing languages are
 * recorded first, idempotently, so a replay after a crash opens none twice.
 */
@Injectable()
export class RouteArticleUseCase {
  constructor(@Inject(OpenTranslationJobsUseCase) private readonly openJobs: OpenTranslationJobsUseCase) {}

  async execute(event: ArticleEvent): Promise<StageOutput[]> {
    await this.openJobs.execute(event.article);
    return [
      {
        topic: Topics.ready,
        event: { type: ArticleEventTypes.ready, source: 'urn:newsroom:translate-queue', article: event.article },
      },
    ];
  }
}
