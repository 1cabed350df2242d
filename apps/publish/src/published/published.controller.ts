import { Controller, Get, Header, Inject, Param } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Article, ArticleEvent, Topics } from '@news/contracts';
import { StageOutput } from '@news/messaging';
import { PublishArticleUseCase } from './publish-article.use-case';
import { ReadArticleUseCase } from './read-article.use-case';

@Controller()
export class PublishedController {
  constructor(
    @Inject(PublishArticleUseCase) private readonly publishArticle: PublishArticleUseCase,
    @Inject(ReadArticleUseCase) private readonly readArticle: ReadArticleUseCase,
  ) {}

  @EventPattern(Topics.enriched)
  onEnriched(@Payload() event: ArticleEvent): Promise<StageOutput[]> {
    return this.publishArticle.execute(event);
  }

  @Get('v1/articles/:id')
  @Header('content-type', 'application/json; charset=utf-8')
  read(@Param('id') id: string): Promise<Article> {
    return this.readArticle.execute(id);
  }
}
