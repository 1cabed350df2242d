import { DynamicModule, Module } from '@nestjs/common';
import { ObservabilityModule } from '@news/observability';
import { ConfigModule } from '@news/config';
import { HealthController, READINESS_CHECKS } from '@news/http';
import { KAFKA_READINESS, MessagingModule } from '@news/messaging';
import { POSTGRES_READINESS, PersistenceModule } from '@news/persistence';
import { ArticlesModule } from './articles/articles.module';
import { StoredArticle } from './articles/stored-article.entity';
import { INGEST_CONFIG, IngestConfig } from './ingest-config';
import { CreateArticlesAndOutbox1764000000000 } from './migrations/1764000000000-create-articles-and-outbox';
import { OutboxEntry } from './outbox/outbox-entry.entity';
import { TopicsProvisioner } from './topics/topics-provisioner';

/** ingest: feeds in, `news.ingested.v1` out (through the outbox). */
@Module({})
export class IngestModule {
  static forConfig(config: IngestConfig): DynamicModule {
    return {
      module: IngestModule,
      global: true,
      imports: [
        ConfigModule.forService(config),
        ObservabilityModule.forService(config.service),
        MessagingModule.forRoot(),
        PersistenceModule.forService({ schema: 'ingest', entities: [StoredArticle, OutboxEntry], migrations: [CreateArticlesAndOutbox1764000000000] }),
        ArticlesModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: INGEST_CONFIG, useValue: config },
        TopicsProvisioner,
        { provide: READINESS_CHECKS, useFactory: (...checks: unknown[]) => checks, inject: [KAFKA_READINESS, POSTGRES_READINESS] },
      ],
      exports: [INGEST_CONFIG],
    };
  }
}
