import { Module } from '@nestjs/common';
import { HealthModule } from '@news/http';
import { MessagingModule } from '@news/messaging';
import { DuplicateDetector } from '../dedupe/duplicate-detector';
import { ArticleOutbox } from '../outbox/article-outbox';
import { ArticleOutboxRelay } from '../outbox/article-outbox-relay';
import { FeedsModule } from '../feeds/feeds.module';
import { IngestDatabase } from '../ingest-database';
import { TranslationLinker } from '../translations/translation-linker';
import { AcceptArticleUseCase } from './accept-article/accept-article.use-case';
import { ArticlesController } from './articles.controller';
import { IngestDocumentUseCase } from './ingest-document/ingest-document.use-case';

/** The one intake path (HTTP, polling and the wire topic all call IngestDocumentUseCase) and the outbox behind it. */
@Module({
  // FeedsModule: the @FeedAccess() guard on the controller admits each post.
  imports: [IngestDatabase, MessagingModule, HealthModule, FeedsModule],
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
