import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleEvent, Topics } from '@news/contracts';
import { StageOutput } from '@news/messaging';
import { RouteArticleUseCase } from './route-article.use-case';

@Controller()
export class RoutingController {
  constructor(@Inject(RouteArticleUseCase) private readonly routeArticle: RouteArticleUseCase) {}

  @EventPattern(Topics.ingested)
  onIngested(@Payload() event: ArticleEvent): Promise<StageOutput[]> {
    return this.routeArticle.execute(event);
  }
}
