import { Module } from '@nestjs/common';
import { DuplicateDetector } from '../dedupe/duplicate-detector';
import { ArticleOutbox } from '../outbox/article-outbox';
import { ArticleOutboxRelay } from '../outbox/article-outbox-relay';
import { TranslationLinker } from '../translations/translation-linker';
import { AcceptArticleUseCase } from './accept-article/accept-article.use-case';
import { ArticlesController } from './articles.controller';
import { IngestDocumentUseCase } from './ingest-document/ingest-document.use-case';

@Module({
  controllers: [ArticlesController],
  providers: [
    AcceptArticleUseCase,
    IngestDocumentUseCase,
    ArticleOutboxRelay,
    ArticleOutbox,
    DuplicateDetector,
    TranslationLinker,
  ],
  exports: [AcceptArticleUseCase, IngestDocumentUseCase],
})
export class ArticlesModule {}
