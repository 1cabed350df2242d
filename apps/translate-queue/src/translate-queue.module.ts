import { DynamicModule, Module } from '@nestjs/common';
import { ObservabilityModule } from '@news/observability';
import { ConfigModule } from '@news/config';
import { HealthModule } from '@news/http';
import { MessagingModule } from '@news/messaging';
import { DeskModule } from './desk/desk.module';
import { DeskWebModule } from './desk/web/desk-web.module';
import { RouteArticleUseCase } from './routing/route-article.use-case';
import { RoutingController } from './routing/routing.controller';
import { TRANSLATE_QUEUE_CONFIG, TranslateQueueConfig } from './translate-queue-config';
import { TranslateQueueDatabase } from './translate-queue-database';

/** translate-queue: `news.ingested.v1` in, `news.ready.v1` out; the translation desk in between. */
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
        TranslateQueueDatabase,
        DeskModule,
        DeskWebModule,
      ],
      controllers: [RoutingController],
      providers: [RouteArticleUseCase],
    };
  }
}
