import { Inject, Injectable, Logger, BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ArticleEventProducer, OutboxRelay } from '@news/messaging';
import { TypeormOutboxStore } from './typeorm-outbox-store';

/** Runs the outbox relay for as long as ingest runs. */
@Injectable()
export class ArticleOutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly relay: OutboxRelay;

  constructor(@Inject(DataSource) dataSource: DataSource, @Inject(ArticleEventProducer) producer: ArticleEventProducer) {
    this.relay = new OutboxRelay(new TypeormOutboxStore(dataSource), producer, new Logger('OutboxRelay'));
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  kick(): void {
    this.relay.kick();
  }

  /** Before-shutdown runs ahead of every onApplicationShutdown, so the producer and database are still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}
