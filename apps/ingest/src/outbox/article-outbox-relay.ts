import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ArticleEventProducer, OutboxRelay } from '@news/messaging';
import { PipelineMetrics } from '@news/observability';
import { TypeormOutboxStore } from './typeorm-outbox-store';

/** Runs the outbox relay for as long as ingest runs, and reports its backlog. */
@Injectable()
export class ArticleOutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly store: TypeormOutboxStore;
  private readonly relay: OutboxRelay;
  private readonly log = new Logger('OutboxRelay');
  private gauges?: NodeJS.Timeout;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(ArticleEventProducer) producer: ArticleEventProducer,
    @Inject(PipelineMetrics) private readonly metrics: PipelineMetrics,
  ) {
    this.store = new TypeormOutboxStore(dataSource);
    this.relay = new OutboxRelay(this.store, producer, this.log);
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

  private async reportBacklog(): Promise<void> {
    try {
      const { count, oldestAgeSeconds } = await this.store.backlog();
      this.metrics.outboxBacklog.set(count);
      this.metrics.outboxLagSeconds.set(oldestAgeSeconds);
    } catch (error) {
      this.log.warn(`could not read the outbox backlog: ${(error as Error).message}`);
    }
  }
}
