import {
  BeforeApplicationShutdown,
  DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
} from '@nestjs/common';
import Redis from 'ioredis';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { CacheAside, RedisModule } from '@news/cache';
import { ObservabilityModule } from '@news/observability';
import { ConfigModule, SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { HealthModule } from '@news/http';
import { MessagingModule } from '@news/messaging';
import { CreateProcessedEvents1764000000100, PersistenceModule, schemaName } from '@news/persistence';
import { ListArticlesUseCase } from './articles/list-articles.use-case';
import { AsyncApiController } from './asyncapi/asyncapi.controller';
import { ArticleAnnouncer } from './changes/article-announcer';
import { ChangeTopicRetention } from './changes/change-topic-retention';
import { TransactionalEmitter, emitterTransactionalId } from './changes/transactional-emitter';
import { EmbargoScheduler } from './embargo/embargo-scheduler';
import { AdminController } from './kill/admin.controller';
import { KillArticleUseCase } from './kill/kill-article.use-case';
import { CreatePublishedArticles1764000000002 } from './migrations/1764000000002-create-published-articles';
import { DropAnnounced1764000000003 } from './migrations/1764000000003-drop-announced';
import { PublishReadModel1764000000101 } from './migrations/1764000000101-publish-read-model';
import { CreateWebhooks1764000000200 } from './migrations/1764000000200-create-webhooks';
import { RelatedColumns1764000000300 } from './migrations/1764000000300-related-columns';
import { READER_CONTROLLERS, readerProviders } from './pages/reader-pages.providers';
import { PUBLISH_SETTINGS, PublishSettings } from './publish-config';
import { PublishArticleUseCase } from './published/publish-article.use-case';
import { PublishedArticle } from './published/published-article.entity';
import { PublishedStore } from './published/published-store';
import { PublishedController } from './published/published.controller';
import { ReadArticleUseCase } from './published/read-article.use-case';
import { FindRelatedUseCase } from './related/find-related.use-case';
import { RelatedCache } from './related/related-cache';
import { WEBHOOK_CONTROLLERS, webhookProviders } from './webhooks/webhooks.providers';

/** publish's migrations, in order: the module and the integration tests run the same list. */
export const PUBLISH_MIGRATIONS = [
  CreatePublishedArticles1764000000002,
  DropAnnounced1764000000003,
  CreateProcessedEvents1764000000100,
  PublishReadModel1764000000101,
  CreateWebhooks1764000000200,
  RelatedColumns1764000000300,
];

/** Starts the embargo scheduler and the retention setter with the app, and stops them before the connections close. */
@Injectable()
class PublishLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(EmbargoScheduler) private readonly scheduler: EmbargoScheduler,
    @Inject(TransactionalEmitter) private readonly emitter: TransactionalEmitter,
    @Inject(ChangeTopicRetention) private readonly retention: ChangeTopicRetention,
  ) {}
  onApplicationBootstrap(): void {
    this.scheduler.start();
    this.retention.start();
  }
  async beforeApplicationShutdown(): Promise<void> {
    await this.retention.stop();
    await this.scheduler.stop();
    await this.emitter.disconnect();
  }
}

/** publish: `news.enriched.v1` in; `news.published.v1`, `news.published.changes.v1` and the read API out. */
@Module({})
export class PublishModule {
  static forConfig(config: ServiceConfig, settings: PublishSettings): DynamicModule {
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
          migrations: PUBLISH_MIGRATIONS,
        }),
      ],
      controllers: [
        PublishedController,
        AdminController,
        AsyncApiController,
        ...WEBHOOK_CONTROLLERS,
        ...READER_CONTROLLERS,
      ],
      providers: [
        { provide: PUBLISH_SETTINGS, useValue: settings },
        {
          provide: PublishedStore,
          useFactory: (c: ServiceConfig) => new PublishedStore(schemaName(c.database.schemaPrefix, 'publish')),
          inject: [SERVICE_CONFIG],
        },
        {
          provide: ArticleAnnouncer,
          useFactory: (s: PublishedStore) => new ArticleAnnouncer(s),
          inject: [PublishedStore],
        },
        {
          provide: RelatedCache,
          useFactory: (redis: Redis, cache: CacheAside, c: ServiceConfig) =>
            new RelatedCache(redis, cache, c.database.schemaPrefix, settings.relatedTtlSeconds, new Logger('Related')),
          inject: [Redis, CacheAside, SERVICE_CONFIG],
        },
        {
          provide: TransactionalEmitter,
          useFactory: (kafka: Kafka, c: ServiceConfig) =>
            new TransactionalEmitter(
              kafka,
              c.kafka.topicPrefix,
              emitterTransactionalId(c.kafka.topicPrefix ? `${c.kafka.topicPrefix}.publish` : 'publish', c.instanceId),
            ),
          inject: [Kafka, SERVICE_CONFIG],
        },
        {
          provide: EmbargoScheduler,
          useFactory: (
            dataSource: DataSource,
            store: PublishedStore,
            announcer: ArticleAnnouncer,
            emitter: TransactionalEmitter,
            publish: PublishArticleUseCase,
          ) =>
            new EmbargoScheduler(
              dataSource,
              store,
              announcer,
              emitter,
              (released) => publish.invalidate(released),
              settings.embargoPollMs,
            ),
          inject: [DataSource, PublishedStore, ArticleAnnouncer, TransactionalEmitter, PublishArticleUseCase],
        },
        {
          provide: ChangeTopicRetention,
          useFactory: (kafka: Kafka, c: ServiceConfig) =>
            new ChangeTopicRetention(kafka, c.kafka.topicPrefix, settings.changesRetentionMs),
          inject: [Kafka, SERVICE_CONFIG],
        },
        PublishLifecycle,
        PublishArticleUseCase,
        ReadArticleUseCase,
        ListArticlesUseCase,
        FindRelatedUseCase,
        KillArticleUseCase,
        ...webhookProviders(settings.webhooks),
        ...readerProviders(settings),
      ],
    };
  }
}
