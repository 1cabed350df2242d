import { Inject, Injectable } from '@nestjs/common';
import { ArticleEvent, ArticleEventTypes, Topics } from '@news/contracts';
import { ArticleEventProducer } from '@news/messaging';
import { enrichArticle } from './enrich-article';

@Injectable()
export class EnrichArticleUseCase {
  constructor(@Inject(ArticleEventProducer) private readonly producer: ArticleEventProducer) {}

  async execute(event: ArticleEvent): Promise<void> {
    const article = enrichArticle(event.article);
    await this.producer.send(Topics.enriched, [{ type: ArticleEventTypes.enriched, source: 'urn:newsroom:enrich', article, correlationId: event.correlationId }]);
  }
}
