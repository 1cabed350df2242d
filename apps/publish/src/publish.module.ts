import { DynamicModule, Module } from '@nestjs/common';
import { RedisModule } from '@news/cache';
import { ObservabilityModule } from '@news/observability';
import { ConfigModule, ServiceConfig } from '@news/config';
import { HealthModule } from '@news/http';
import { MessagingModule } from '@news/messaging';
import { CreateProcessedEvents1764000000100, PersistenceModule } from '@news/persistence';
import { CreatePublishedArticles1764000000002 } from './migrations/1764000000002-create-published-articles';
import { DropAnnounced1764000000003 } from './migrations/1764000000003-drop-announced';
import { PublishArticleUseCase } from './published/publish-article.use-case';
import { PublishedArticle } from './published/published-article.entity';
import { PublishedController } from './published/published.controller';
import { ReadArticleUseCase } from './published/read-article.use-case';

/** publish: `news.enriched.v1` in, `news.published.v1` and the read API out. */
@Module({})
export class PublishModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: PublishModule,
      imports: [
        HealthModule,
        ConfigModule.forService(config),
        ObservabilityModule.forService(config.service, config.logLevel),
        MessagingModule,
        RedisModule,
        PersistenceModule.forService({
          schema: 'publish',
          entities: [PublishedArticle],
          migrations: [
            CreatePublishedArticles1764000000002,
            DropAnnounced1764000000003,
            CreateProcessedEvents1764000000100,
          ],
        }),
      ],
      controllers: [PublishedController],
      providers: [PublishArticleUseCase, ReadArticleUseCase],
    };
  }
}
