import { randomUUID } from 'node:crypto';
import { IHeaders, KafkaMessage, Message } from 'kafkajs';
import {
  Article,
  ArticleEvent,
  ArticleEventType,
  ArticleEventTypes,
  CLOUDEVENTS_SPEC_VERSION,
  ChangeEventType,
  ChangeEventTypes,
  CloudEventHeaders as H,
  NEWSROOM_SCHEMA_ID,
  assertValidArticle,
} from '@news/contracts';
import { activeTraceParent, childTraceParent } from './trace-context';

export interface OutgoingEvent {
  type: ArticleEventType | ChangeEventType;
  source: string;
  article: Article;
  correlationId?: string;
  /** Stable ids let a relay re-send an event without a second effect downstream. */
  id?: string;
  /**
   * The W3C traceparent of the event this one follows from, if any. Used
   * only when no span records: under one (the request's, the record's
   * handling) the event carries that span's traceparent instead.
   */
  parentTrace?: string;
  /** Send a tombstone (null value, same key and headers) instead of the article: a kill on a compacted topic. */
  tombstone?: boolean;
}

/** A message that no retry can fix: undecodable bytes or a contract violation. */
export class PoisonMessage extends Error {
  readonly code = 'POISON_MESSAGE';
  constructor(message: string) {
    super(message);
    this.name = 'PoisonMessage';
  }
}

/**
 * The article's JSON, validated, from `encoded` when this same object was
 * encoded for an earlier event of the same synchronous batch (nothing can
 * change it in between): publish sends one article to two topics.
 */
export type EncodedArticles = Map<Article, string>;

/** Encodes an article event as a Kafka record in CloudEvents binary mode. */
export function encodeArticleEvent(event: OutgoingEvent, encoded: EncodedArticles = new Map()): Message {
  const article = event.article;
  let json = encoded.get(article);
  if (json === undefined) {
    json = JSON.stringify(assertValidArticle(article));
    encoded.set(article, json);
  }
  const id = event.id ?? randomUUID();
  const category = article.subjects?.find((s) => s.rel === 'category');
  return {
    key: article.newsroom.articleId,
    value: event.tombstone ? null : json,
    headers: {
      [H.specVersion]: CLOUDEVENTS_SPEC_VERSION,
      [H.id]: id,
      [H.type]: event.type,
      [H.source]: event.source,
      [H.time]: new Date().toISOString(),
      [H.subject]: article.newsroom.articleId,
      [H.dataSchema]: NEWSROOM_SCHEMA_ID,
      [H.contentType]: 'application/json; charset=utf-8',
      [H.correlationId]: event.correlationId ?? id,
      // What caused this event; a PRODUCER span takes its place when it is sent (see producer-spans).
      [H.traceParent]: activeTraceParent() ?? childTraceParent(event.parentTrace),
      // Filterable without parsing the value (and present on a tombstone, which has none).
      [H.language]: article.language,
      ...(category ? { [H.category]: category.literal ?? category.name } : {}),
      [H.version]: article.version,
    },
  };
}

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const raw = headers?.[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === undefined ? undefined : value.toString('utf8');
}

// The change topic's types too: publish consumes its own changes to drive webhooks.
const KNOWN_TYPES = new Set<string>([...Object.values(ArticleEventTypes), ...Object.values(ChangeEventTypes)]);

/**
 * Decodes and validates a record; anything that cannot become an event is
 * poison. `expectedType` is what the record's topic carries (the contract's
 * EVENT_TYPE_BY_TOPIC): an event of another type on it is poison too.
 */
export function decodeArticleEvent(message: KafkaMessage, expectedType?: ArticleEventType): ArticleEvent {
  const id = headerText(message.headers, H.id);
  const type = headerText(message.headers, H.type);
  const source = headerText(message.headers, H.source);
  const time = headerText(message.headers, H.time);
  if (!id || !type || !source || !time)
    throw new PoisonMessage('missing CloudEvents headers (ce_id, ce_type, ce_source, ce_time)');
  if (!KNOWN_TYPES.has(type)) throw new PoisonMessage(`event ${id} has an unknown ce_type "${type}"`);
  if (expectedType && type !== expectedType)
    throw new PoisonMessage(`event ${id} is a ${type} on a topic that carries ${expectedType}`);
  if (!message.value) throw new PoisonMessage(`event ${id} has no value`);
  let data: unknown;
  try {
    data = JSON.parse(message.value.toString('utf8'));
  } catch {
    throw new PoisonMessage(`event ${id} value is not JSON`);
  }
  try {
    const article = assertValidArticle(data);
    const correlationId = headerText(message.headers, H.correlationId) ?? id;
    const traceParent = headerText(message.headers, H.traceParent);
    return {
      id,
      type: type as ArticleEvent['type'],
      source,
      time,
      correlationId,
      article,
      ...(traceParent ? { traceParent } : {}),
    };
  } catch (error) {
    throw new PoisonMessage(`event ${id}: ${(error as Error).message}`);
  }
}
