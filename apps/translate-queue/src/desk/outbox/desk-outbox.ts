import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Article, ArticleEventTypes, Topics } from '@news/contracts';
import { HealthRegistry } from '@news/http';
import { ArticleEventProducer, OutboxRelay, encodeArticleEvent } from '@news/messaging';
import { PipelineMetrics } from '@news/observability';
import { TRANSLATE_QUEUE_CONFIG, TranslateQueueConfig } from '../../translate-queue-config';
import { Queryable, tableIn } from '../sql';
import { DeskOutboxStore } from './desk-outbox-store';

/**
 * Approvals happen over HTTP, not in a consumer, so there is no Kafka
 * transaction to ride in: the translation's news.ready event is written to
 * translate-queue's outbox in the transaction that approves the job, and
 * libs/messaging's OutboxRelay (the one ingest runs) sends it. The approval
 * and its event commit together or not at all.
 */
@Injectable()
export class DeskOutbox implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly store: DeskOutboxStore;
  private readonly relay: OutboxRelay;
  private readonly table: string;
  private readonly log = new Logger('DeskOutboxRelay');
  private gauges?: NodeJS.Timeout;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(ArticleEventProducer) producer: ArticleEventProducer,
    @Inject(PipelineMetrics) private readonly metrics: PipelineMetrics,
    @Inject(TRANSLATE_QUEUE_CONFIG) config: TranslateQueueConfig,
    @Inject(HealthRegistry) health: HealthRegistry,
  ) {
    this.table = tableIn(dataSource, 'outbox');
    this.store = new DeskOutboxStore(dataSource);
    this.relay = new OutboxRelay(this.store, producer, this.log, { maxMessageBytes: config.kafka.maxMessageBytes });
    health.addReadiness({ name: 'desk-outbox', critical: false, check: () => this.checkBacklog() });
  }

  /** Writes the article's news.ready event in the caller's transaction. */
  async enqueue(tx: Queryable, article: Article, eventId: string, correlationId?: string): Promise<void> {
    const message = encodeArticleEvent({
      type: ArticleEventTypes.ready,
      source: 'urn:newsroom:translate-queue',
      article,
      id: eventId,
      correlationId,
    });
    await tx.query(`INSERT INTO ${this.table} (topic, message) VALUES ($1, $2)`, [
      Topics.ready,
      JSON.stringify(message),
    ]);
  }

  /** After the transaction commits: send now rather than at the next poll. */
  sendSoon(): void {
    this.relay.kick();
  }

  onApplicationBootstrap(): void {
    this.relay.start();
    this.gauges = setInterval(() => void this.reportBacklog(), 5000);
    this.gauges.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.gauges);
    await this.relay.stop();
  }

  private async checkBacklog(): Promise<void> {
    const backlog = await this.reportBacklog();
    if (backlog.oldestAgeSeconds > 60)
      throw new Error(
        `${backlog.count} translation event(s) waiting, the oldest for ${Math.round(backlog.oldestAgeSeconds)} s`,
      );
    if (backlog.parked > 0) throw new Error(`${backlog.parked} translation event(s) parked in the outbox`);
  }

  private async reportBacklog() {
    try {
      const backlog = await this.store.backlog();
      this.metrics.outboxBacklog.set(backlog.count);
      this.metrics.outboxLagSeconds.set(backlog.oldestAgeSeconds);
      this.metrics.outboxParked.set(backlog.parked);
      return backlog;
    } catch (error) {
      this.log.warn(`could not read the outbox backlog: ${(error as Error).message}`);
      return { count: 0, oldestAgeSeconds: 0, parked: 0 };
    }
  }
}
