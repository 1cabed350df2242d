import { Module } from '@nestjs/common';
import { ArticleOutboxRelay } from '../outbox/article-outbox-relay';
import { AcceptArticleUseCase } from './accept-article/accept-article.use-case';
import { ArticlesController } from './articles.controller';

@Module({
  controllers: [ArticlesController],
  providers: [AcceptArticleUseCase, ArticleOutboxRelay],
  exports: [AcceptArticleUseCase],
})
export class ArticlesModule {}
