import { Injectable } from '@nestjs/common';
import { ArticleEvent, ArticleEventTypes, Topics } from '@news/contracts';
import { StageOutput } from '@news/messaging';
import { enrichArticle } from './enrich-article';

@Injectable()
export class EnrichArticleUseCase {
  execute(event: ArticleEvent): Promise<StageOutput[]> {
    const article = enrichArticle(event.article);
    return Promise.resolve([
      { topic: Topics.enriched, event: { type: ArticleEventTypes.enriched, source: 'urn:newsroom:enrich', article } },
    ]);
  }
}
