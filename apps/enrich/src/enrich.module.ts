import { DynamicModule, Module } from '@nestjs/common';
import { ObservabilityModule } from '@news/observability';
import { ConfigModule, ServiceConfig } from '@news/config';
import { HealthModule } from '@news/http';
import { MessagingModule } from '@news/messaging';
import { CreateProcessedEvents1764000000100, PersistenceModule } from '@news/persistence';
import { EnrichArticleUseCase } from './facts/enrich-article.use-case';
import { FactsController } from './facts/facts.controller';

/** enrich: `news.ready.v1` in, `news.enriched.v1` out. Its schema holds only processed-event ids for now. */
@Module({})
export class EnrichModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: EnrichModule,
      imports: [
        HealthModule,
        ConfigModule.forService(config),
        ObservabilityModule.forService(config.service, config.logLevel),
        MessagingModule,
        PersistenceModule.forService({
          schema: 'enrich',
          entities: [],
          migrations: [CreateProcessedEvents1764000000100],
        }),
      ],
      controllers: [FactsController],
      providers: [EnrichArticleUseCase],
    };
  }
}
