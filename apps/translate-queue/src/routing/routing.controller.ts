import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleEvent, Topics } from '@news/contracts';
import { RouteArticleUseCase } from './route-article.use-case';

@Controller()
export class RoutingController {
  constructor(@Inject(RouteArticleUseCase) private readonly routeArticle: RouteArticleUseCase) {}

  @EventPattern(Topics.ingested)
  onIngested(@Payload() event: ArticleEvent): Promise<void> {
    return this.routeArticle.execute(event);
  }
}
