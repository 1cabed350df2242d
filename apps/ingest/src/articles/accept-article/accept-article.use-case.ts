import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Article, ArticleEventTypes, Topics } from '@news/contracts';
import { encodeArticleEvent } from '@news/messaging';
import { ParsedArticle } from '../../formats/parsed-article';
import { OutboxEntry } from '../../outbox/outbox-entry.entity';
import { ArticleOutboxRelay } from '../../outbox/article-outbox-relay';
import { StoredArticle } from '../stored-article.entity';
import { ArticleIdentity, buildArticle, contentHash, identify } from '../article.builder';

export interface AcceptArticleInput {
  feed: string;
  parsed: ParsedArticle;
  correlationId?: string;
}

export type AcceptOutcome = 'created' | 'new-version' | 'unchanged';

export interface AcceptedArticle {
  articleId: string;
  uri: string;
  version: number;
  outcome: AcceptOutcome;
}

/**
 * Stores an article version and its `news.ingested` event in one transaction
 * (the outbox), so once this resolves the article is durable and its event
 * will reach Kafka even if the broker is down right now. The same version
 * posted again changes nothing and answers with the existing id.
 */
@Injectable()
export class AcceptArticleUseCase {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ArticleOutboxRelay) private readonly relay: ArticleOutboxRelay,
  ) {}

  async execute(input: AcceptArticleInput): Promise<AcceptedArticle> {
    const identity = identify(input.feed, input.parsed);
    const hash = contentHash(input.parsed);
    const accepted = await this.dataSource.transaction((manager) => this.store(manager, identity, hash, input));
    if (accepted.outcome !== 'unchanged') this.relay.kick();
    return accepted;
  }

  private async store(manager: EntityManager, identity: ArticleIdentity, hash: string, input: AcceptArticleInput): Promise<AcceptedArticle> {
    const articles = manager.getRepository(StoredArticle);
    const now = new Date();
    const first = buildArticle(input.parsed, identity, 1, input.parsed.publishedAt);
    const inserted = await articles
      .createQueryBuilder()
      .insert()
      .values({ articleId: identity.articleId, feed: identity.feed, guid: identity.guid, version: 1, contentHash: hash, document: first, receivedAt: now })
      .orIgnore()
      .returning(['articleId'])
      .execute();
    if ((inserted.raw as unknown[]).length > 0) {
      await this.enqueue(manager, first, input.correlationId);
      return { articleId: identity.articleId, uri: first.uri, version: 1, outcome: 'created' };
    }
    const current = await articles.findOneOrFail({ where: { articleId: identity.articleId }, lock: { mode: 'pessimistic_write' } });
    if (current.contentHash === hash) {
      return { articleId: current.articleId, uri: current.document.uri, version: current.version, outcome: 'unchanged' };
    }
    const version = current.version + 1;
    const next = buildArticle(input.parsed, identity, version, current.document.firstCreated);
    await articles.update({ articleId: identity.articleId }, { version, contentHash: hash, document: next, receivedAt: now });
    await this.enqueue(manager, next, input.correlationId);
    return { articleId: identity.articleId, uri: next.uri, version, outcome: 'new-version' };
  }

  private async enqueue(manager: EntityManager, article: Article, correlationId?: string): Promise<void> {
    const message = encodeArticleEvent({ type: ArticleEventTypes.ingested, source: 'urn:newsroom:ingest', article, correlationId });
    await manager.getRepository(OutboxEntry).insert({ topic: Topics.ingested, message });
  }
}
