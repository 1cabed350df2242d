import { Inject, Injectable } from '@nestjs/common';
import { ArticleEvent, ArticleEventTypes, Topics } from '@news/contracts';
import { ArticleEventProducer } from '@news/messaging';
import { OpenTranslationJobsUseCase } from '../jobs/open-jobs/open-translation-jobs.use-case';

/**
 * Every article goes on to `news.ready` at once (an Arabic original is
 * published in Arabic without waiting); the jobs for missing languages are
 * recorded first so a crash between the two replays both, idempotently.
 */
@Injectable()
export class RouteArticleUseCase {
  constructor(
    @Inject(OpenTranslationJobsUseCase) private readonly openJobs: OpenTranslationJobsUseCase,
    @Inject(ArticleEventProducer) private readonly producer: ArticleEventProducer,
  ) {}

  async execute(event: ArticleEvent): Promise<void> {
    await this.openJobs.execute(event.article);
    await this.producer.send(Topics.ready, [
      { type: ArticleEventTypes.ready, source: 'urn:newsroom:translate-queue', article: event.article, correlationId: event.correlationId },
    ]);
  }
}
