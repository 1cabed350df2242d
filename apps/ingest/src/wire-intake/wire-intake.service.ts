import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { Topics, physicalTopic } from '@news/contracts';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { AcceptArticleUseCase } from '../articles/accept-article/accept-article.use-case';
import { INGEST_CONFIG, IngestConfig } from '../ingest-config';
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
  ) {
    const records = new WireRecordHandler((input) => acceptArticle.execute(input), { timeZone: ingest.feedTimeZone, maxBytes: ingest.maxBodyBytes });
    this.consumer = new WireIntakeConsumer({
      kafka,
      topic: physicalTopic(service.kafka.topicPrefix, Topics.wireRaw),
      groupId: wireIntakeGroup(service.kafka.topicPrefix),
      handle: (message) => records.handle(message),
      logger: new Logger('WireIntake'),
    });
  }

  /** After every module's init: the topics exist (TopicsProvisioner) and the database is migrated. */
  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  /** Before the shutdown hooks close the database, so an accept in flight can finish. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }
}
