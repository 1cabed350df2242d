import { Module } from '@nestjs/common';
import { ArticleOutboxRelay } from '../outbox/article-outbox-relay';
import { AcceptArticleUseCase } from './accept-article/accept-article.use-case';
import { ArticlesController } from './articles.controller';
import { IngestDocumentUseCase } from './ingest-document/ingest-document.use-case';

@Module({
  controllers: [ArticlesController],
  providers: [AcceptArticleUseCase, IngestDocumentUseCase, ArticleOutboxRelay],
  exports: [AcceptArticleUseCase, IngestDocumentUseCase],
})
export class ArticlesModule {}
