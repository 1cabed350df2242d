import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@news/config';
import { HealthModule } from '@news/http';
import { MessagingModule } from '@news/messaging';
import { ObservabilityModule } from '@news/observability';
import { ArticlesModule } from './articles/articles.module';
import { FeedsAdminModule } from './feeds/feeds-admin.module';
import { INGEST_CONFIG, IngestConfig } from './ingest-config';
import { FeedPollingModule } from './polling/feed-polling.module';
import { TopicsProvisioner } from './topics/topics-provisioner';
import { WireIntakeModule } from './wire-intake/wire-intake.module';

/**
 * ingest: feeds in, `news.ingested.v1` out (through the outbox). Each feature
 * module imports what it needs; the root adds the two globals, configuration
 * and logging, and the topics every other service waits for.
 */
@Module({})
export class IngestModule {
  static forConfig(config: IngestConfig): DynamicModule {
    return {
      module: IngestModule,
      imports: [
        ConfigModule.forService(config, INGEST_CONFIG),
        ObservabilityModule.forService(config.service, config.logLevel),
        HealthModule,
        MessagingModule,
        ArticlesModule,
        WireIntakeModule,
        FeedPollingModule,
        FeedsAdminModule.forConfig(config),
      ],
      providers: [TopicsProvisioner],
    };
  }
}
