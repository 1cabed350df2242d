import { DynamicModule, Module } from '@nestjs/common';
import { ObservabilityModule } from '@news/observability';
import { ConfigModule } from '@news/config';
import { HealthModule } from '@news/http';
import { MessagingModule } from '@news/messaging';
import { CreateProcessedEvents1764000000100, PersistenceModule } from '@news/persistence';
import { OpenTranslationJobsUseCase } from './jobs/open-jobs/open-translation-jobs.use-case';
import { TranslationJob } from './jobs/translation-job.entity';
import { CreateTranslationJobs1764000000001 } from './migrations/1764000000001-create-translation-jobs';
import { RouteArticleUseCase } from './routing/route-article.use-case';
import { RoutingController } from './routing/routing.controller';
import { TRANSLATE_QUEUE_CONFIG, TranslateQueueConfig } from './translate-queue-config';

/** translate-queue: `news.ingested.v1` in, `news.ready.v1` out, translation jobs kept. */
@Module({})
export class TranslateQueueModule {
  static forConfig(config: TranslateQueueConfig): DynamicModule {
    return {
      module: TranslateQueueModule,
      imports: [
        HealthModule,
        ConfigModule.forService(config, TRANSLATE_QUEUE_CONFIG),
        ObservabilityModule.forService(config.service, config.logLevel),
        MessagingModule,
        PersistenceModule.forService({
          schema: 'translation',
          entities: [TranslationJob],
          migrations: [CreateTranslationJobs1764000000001, CreateProcessedEvents1764000000100],
        }),
      ],
      controllers: [RoutingController],
      providers: [OpenTranslationJobsUseCase, RouteArticleUseCase],
    };
  }
}
