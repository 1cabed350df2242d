import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Article, ArticleEventTypes, Topics } from '@news/contracts';
import { encodeArticleEvent } from '@news/messaging';
import { refuseOversizedEvent } from '../articles/accept-article/event-size';
import { INGEST_CONFIG, IngestConfig } from '../ingest-config';
import { ArticleOutboxRelay } from './article-outbox-relay';
import { OutboxEntry } from './outbox-entry.entity';

/** Where an accepted version's news.ingested event is written, in the same transaction as the version. */
@Injectable()
export class ArticleOutbox {
  constructor(
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
    @Inject(ArticleOutboxRelay) private readonly relay: ArticleOutboxRelay,
  ) {}

  /** Throws TOO_LARGE inside the transaction, so an article whose event Kafka would refuse is never stored. */
  async enqueue(manager: EntityManager, article: Article, correlationId?: string): Promise<void> {
    const message = encodeArticleEvent({
      type: ArticleEventTypes.ingested,
      source: 'urn:newsroom:ingest',
      article,
      correlationId,
    });
    refuseOversizedEvent(message, this.config.maxEventBytes, this.config.kafka.maxMessageBytes);
    await manager.getRepository(OutboxEntry).insert({ topic: Topics.ingested, message });
  }

  /** After the transaction commits: the relay sends now rather than at its next poll. */
  sendSoon(): void {
    this.relay.kick();
  }
}
