import { DynamicModule, Module } from '@nestjs/common';
import { ObservabilityModule } from '@news/observability';
import { RedisModule } from '@news/cache';
import { ConfigModule } from '@news/config';
import { HealthModule } from '@news/http';
import { KAFKA_READINESS, MessagingModule } from '@news/messaging';
import { POSTGRES_READINESS, PersistenceModule } from '@news/persistence';
import { ArticlesModule } from './articles/articles.module';
import { StoredArticle } from './articles/stored-article.entity';
import { Fingerprint } from './dedupe/fingerprint.entity';
import { Feed } from './feeds/feed.entity';
import { FeedsModule } from './feeds/feeds.module';
import { INGEST_CONFIG, IngestConfig } from './ingest-config';
import { CreateArticlesAndOutbox1764000000000 } from './migrations/1764000000000-create-articles-and-outbox';
import { CreateFeeds1764000000200 } from './migrations/1764000000200-create-feeds';
import { CreateFingerprintsAndTranslationLinks1764000000300 } from './migrations/1764000000300-create-fingerprints-and-translation-links';
import { ParkUnsendableOutboxEntries1764000000400 } from './migrations/1764000000400-park-unsendable-outbox-entries';
import { OutboxEntry } from './outbox/outbox-entry.entity';
import { FeedPollingModule } from './polling/feed-polling.module';
import { TopicsProvisioner } from './topics/topics-provisioner';
import { TranslationLink } from './translations/translation-link.entity';
import { WireIntakeModule } from './wire-intake/wire-intake.module';

/** ingest's tables and their migrations, in order; the feeds CLI opens the same schema with the same list. */
export const INGEST_ENTITIES = [StoredArticle, OutboxEntry, Feed, Fingerprint, TranslationLink];
export const INGEST_MIGRATIONS = [
  CreateArticlesAndOutbox1764000000000,
  CreateFeeds1764000000200,
  CreateFingerprintsAndTranslationLinks1764000000300,
  ParkUnsendableOutboxEntries1764000000400,
];

/** ingest: feeds in, `news.ingested.v1` out (through the outbox). */
@Module({})
export class IngestModule {
  static forConfig(config: IngestConfig): DynamicModule {
    return {
      module: IngestModule,
      global: true,
      imports: [
        HealthModule.withChecks([KAFKA_READINESS, POSTGRES_READINESS]),
        ConfigModule.forService(config),
        ObservabilityModule.forService(config.service, config.logLevel),
        MessagingModule.forRoot(),
        // Per-feed rate limits; not a readiness check, since they let posts through while Redis is down.
        RedisModule.forRoot(),
        PersistenceModule.forService({ schema: 'ingest', entities: INGEST_ENTITIES, migrations: INGEST_MIGRATIONS }),
        FeedsModule.forConfig(config),
        ArticlesModule,
        WireIntakeModule,
        FeedPollingModule.forFeeds(config.pollFeeds),
      ],
      providers: [{ provide: INGEST_CONFIG, useValue: config }, TopicsProvisioner],
      exports: [INGEST_CONFIG],
    };
  }
}
