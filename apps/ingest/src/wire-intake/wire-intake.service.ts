import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { Topics, physicalTopic } from '@news/contracts';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { HealthRegistry } from '@news/http';
import { topicReplicationOf } from '@news/messaging';
import { AcceptArticleUseCase } from '../articles/accept-article/accept-article.use-case';
import { FeedsRepository } from '../feeds/feeds.repository';
import { INGEST_CONFIG, IngestConfig } from '../ingest-config';
import { WireFeedCheck } from './wire-feed-check';
import { WireIntakeConsumer } from './wire-intake.consumer';
import { WireRecordHandler } from './wire-record.handler';

/** `<TOPIC_PREFIX>.ingest-wire`, or `ingest-wire` without a prefix. */
export function wireIntakeGroup(topicPrefix: string): string {
  return topicPrefix ? `${topicPrefix}.ingest-wire` : 'ingest-wire';
}

/** Feeds that produce to `wire.raw.v1` instead of posting: read for as long as ingest runs. */
@Injectable()
export class WireIntakeService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: WireIntakeConsumer;

  constructor(
    @Inject(Kafka) kafka: Kafka,
    @Inject(SERVICE_CONFIG) service: ServiceConfig,
    @Inject(INGEST_CONFIG) ingest: IngestConfig,
    @Inject(AcceptArticleUseCase) acceptArticle: AcceptArticleUseCase,
    @Inject(HealthRegistry) health: HealthRegistry,
    @Inject(FeedsRepository) feeds: FeedsRepository,
  ) {
    const feedCheck = new WireFeedCheck(feeds, ingest.feeds.auth);
    const records = new WireRecordHandler((input) => acceptArticle.execute(input), {
      timeZone: ingest.feedTimeZone,
      maxBytes: ingest.maxBodyBytes,
      maxItems: ingest.maxItemsPerDocument,
    });
    this.consumer = new WireIntakeConsumer({
      kafka,
      topic: physicalTopic(service.kafka.topicPrefix, Topics.wireRaw),
      groupId: wireIntakeGroup(service.kafka.topicPrefix),
      handle: async (message) => {
        await feedCheck.admit(message);
        return records.handle(message);
      },
      logger: new Logger('WireIntake'),
      maxMessageBytes: service.kafka.maxMessageBytes,
      maxDownMs: service.consumerMaxDownMs,
      topicReplication: topicReplicationOf(service.kafka),
      onGiveUp: () => process.exit(70), // liveness says so too; the orchestrator restarts the process
    });
    health.addLiveness({ name: 'wire-intake', check: () => this.consumer.liveness() });
  }

  /** After every module's init (the database is migrated); not awaited, so HTTP intake serves while the broker is away. */
  onApplicationBootstrap(): void {
    void this.consumer.start();
  }

  /** Before the shutdown hooks close the database, so an accept in flight can finish. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }
}
