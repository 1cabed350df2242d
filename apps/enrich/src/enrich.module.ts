import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ServiceConfig } from '@news/config';
import { HealthController, READINESS_CHECKS } from '@news/http';
import { KAFKA_READINESS, MessagingModule } from '@news/messaging';
import { EnrichArticleUseCase } from './facts/enrich-article.use-case';
import { FactsController } from './facts/facts.controller';

/** enrich: `news.ready.v1` in, `news.enriched.v1` out. Stateless for now. */
@Module({})
export class EnrichModule {
  static forConfig(config: ServiceConfig): DynamicModule {
    return {
      module: EnrichModule,
      imports: [ConfigModule.forService(config), MessagingModule.forRoot()],
      controllers: [HealthController, FactsController],
      providers: [EnrichArticleUseCase, { provide: READINESS_CHECKS, useFactory: (...checks: unknown[]) => checks, inject: [KAFKA_READINESS] }],
    };
  }
}
