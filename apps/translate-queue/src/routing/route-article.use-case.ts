import { Inject, Injectable } from '@nestjs/common';
import { ArticleEvent, ArticleEventTypes, Topics } from '@news/contracts';
import { StageOutput } from '@news/messaging';
import { RecordSourceUseCase } from '../desk/jobs/record-source/record-source.use-case';
import { MachineDrafts } from '../desk/mt/machine-drafts';

/**
 * Every article goes on to `news.ready` at once (an Arabic original is
 * published in Arabic without waiting); what it means for the desk (a job
 * opened, a source changed, jobs canceled) is recorded first, idempotently,
 * so a replay after a crash changes nothing twice.
 */
@Injectable()
export class RouteArticleUseCase {
  constructor(
    @Inject(RecordSourceUseCase) private readonly recordSource: RecordSourceUseCase,
    @Inject(MachineDrafts) private readonly machineDrafts: MachineDrafts,
  ) {}

  async execute(event: ArticleEvent): Promise<StageOutput[]> {
    const recorded = await this.recordSource.execute(event.article);
    if (recorded.opened.length > 0) this.machineDrafts.kick();
    return [
      {
        topic: Topics.ready,
        event: { type: ArticleEventTypes.ready, source: 'urn:newsroom:translate-queue', article: event.article },
      },
    ];
  }
}
