import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthRegistry } from '@news/http';
import { ArticleEventProducer, OutboxRelay } from '@news/messaging';
import { PipelineMetrics } from '@news/observability';
import { INGEST_CONFIG, IngestConfig } from '../ingest-config';
import { OutboxBacklog, TypeormOutboxStore } from './typeorm-outbox-store';

/** Runs the outbox relay for as long as ingest runs, and reports its backlog. */
@Injectable()
export class ArticleOutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly store: TypeormOutboxStore;
  private readonly relay: OutboxRelay;
  private readonly log = new Logger('OutboxRelay');
  private gauges?: NodeJS.Timeout;
  private lastBacklog?: OutboxBacklog;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(ArticleEventProducer) producer: ArticleEventProducer,
    @Inject(PipelineMetrics) private readonly metrics: PipelineMetrics,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
    @Inject(HealthRegistry) health: HealthRegistry,
  ) {
    this.store = new TypeormOutboxStore(dataSource);
    this.relay = new OutboxRelay(this.store, producer, this.log, { maxMessageBytes: config.kafka.maxMessageBytes });
    health.addReadiness({ name: 'outbox', critical: false, check: () => this.checkBacklog() });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
    this.gauges = setInterval(() => void this.reportBacklog(), 5000);
    this.gauges.unref();
  }

  kick(): void {
    this.relay.kick();
  }

  /** Before-shutdown runs ahead of every onApplicationShutdown, so the producer and database are still open. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.gauges);
    await this.relay.stop();
  }

  /**
   * Degraded (never unready: the outbox is what keeps posts safe) when events
   * wait longer than OUTBOX_LAG_DEGRADED_SECONDS or some are parked.
   */
  private async checkBacklog(): Promise<void> {
    const backlog = await this.reportBacklog();
    if (backlog.oldestAgeSeconds > this.config.outboxLagDegradedSeconds) {
      throw new Error(
        `${backlog.count} event(s) waiting, the oldest for ${Math.round(backlog.oldestAgeSeconds)} s (over ${this.config.outboxLagDegradedSeconds} s)`,
      );
    }
    if (backlog.parked > 0) throw new Error(`${backlog.parked} event(s) parked (npm run outbox -- list)`);
  }

  private async reportBacklog(): Promise<OutboxBacklog> {
    try {
      this.lastBacklog = await this.store.backlog();
      this.metrics.outboxBacklog.set(this.lastBacklog.count);
      this.metrics.outboxLagSeconds.set(this.lastBacklog.oldestAgeSeconds);
      this.metrics.outboxParked.set(this.lastBacklog.parked);
    } catch (error) {
      this.log.warn(`could not read the outbox backlog: ${(error as Error).message}`);
    }
    return this.lastBacklog ?? { count: 0, oldestAgeSeconds: 0, parked: 0 };
  }
}
