import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleEvent, Topics } from '@news/contracts';
import { StageOutput } from '@news/messaging';
import { EnrichArticleUseCase } from './enrich-article.use-case';

@Controller()
export class FactsController {
  constructor(@Inject(EnrichArticleUseCase) private readonly enrichArticle: EnrichArticleUseCase) {}

  @EventPattern(Topics.ready)
  onReady(@Payload() event: ArticleEvent): Promise<StageOutput[]> {
    return this.enrichArticle.execute(event);
  }
}
