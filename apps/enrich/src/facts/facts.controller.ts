import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleEvent, Topics } from '@news/contracts';
import { EnrichArticleUseCase } from './enrich-article.use-case';

@Controller()
export class FactsController {
  constructor(@Inject(EnrichArticleUseCase) private readonly enrichArticle: EnrichArticleUseCase) {}

  @EventPattern(Topics.ready)
  onReady(@Payload() event: ArticleEvent): Promise<void> {
    return this.enrichArticle.execute(event);
  }
}
