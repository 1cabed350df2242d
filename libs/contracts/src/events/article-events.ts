import { Article } from '../article/article';
import { Topics, TopicName } from '../topics';

/**
 * Every pipeline event carries the article itself as its value (ninjs JSON);
 * the CloudEvents `type` header says which stage produced it.
 */
export const ArticleEventTypes = {
  ingested: 'org.newsroom.article.ingested.v1',
  ready: 'org.newsroom.article.ready.v1',
  enriched: 'org.newsroom.article.enriched.v1',
  published: 'org.newsroom.article.published.v1',
} as const;

export type ArticleEventType = (typeof ArticleEventTypes)[keyof typeof ArticleEventTypes];

export const EVENT_TYPE_BY_TOPIC: Partial<Record<TopicName, ArticleEventType>> = {
  [Topics.ingested]: ArticleEventTypes.ingested,
  [Topics.ready]: ArticleEventTypes.ready,
  [Topics.enriched]: ArticleEventTypes.enriched,
  [Topics.published]: ArticleEventTypes.published,
};

/**
 * What happened to a published article, as `ce_type` on `news.published.changes.v1`:
 * each published version, correction, kill and embargo release is its own event.
 */
export const ChangeEventTypes = {
  published: 'news.article.published',
  corrected: 'news.article.corrected',
  killed: 'news.article.killed',
  released: 'news.article.released',
} as const;

export type ChangeEventType = (typeof ChangeEventTypes)[keyof typeof ChangeEventTypes];

/** One event as a stage sees it once the transport has decoded and validated it. */
export interface ArticleEvent {
  id: string;
  /** A stage's event type; on `news.published.changes.v1`, the change's (publish's webhooks read it). */
  type: ArticleEventType | ChangeEventType;
  source: string;
  time: string;
  correlationId: string;
  /** W3C traceparent, when the producer sent one. */
  traceParent?: string;
  article: Article;
}
