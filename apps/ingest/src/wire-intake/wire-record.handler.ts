import { KafkaMessage } from 'kafkajs';
import type { AcceptArticleInput, AcceptedArticle } from '../articles/accept-article/accept-article.use-case';
import { parseDocument } from '../formats/parse-document';
import { readWireDocument } from './wire-document';

export type AcceptArticle = (input: AcceptArticleInput) => Promise<AcceptedArticle>;

export interface WireRecordRules {
  /** IANA zone of the feeds' local times (FEED_TIME_ZONE). */
  timeZone: string;
  /** The same limit as an HTTP post (MAX_BODY_BYTES). */
  maxBytes: number;
}

/**
 * One `wire.raw.v1` record through the same parsers and rules as
 * `POST /v1/articles`: resolves once every story in it is durable, throws an
 * IntakeError for a document ingest refuses, or whatever the store threw.
 */
export class WireRecordHandler {
  constructor(
    private readonly accept: AcceptArticle,
    private readonly rules: WireRecordRules,
  ) {}

  async handle(message: KafkaMessage): Promise<AcceptedArticle[]> {
    const document = readWireDocument(message, this.rules.maxBytes);
    const stories = parseDocument(document.body, document.contentType, { timeZone: this.rules.timeZone });
    const accepted: AcceptedArticle[] = [];
    // One at a time, in the document's order; a redelivery re-accepts the earlier ones as "unchanged".
    for (const parsed of stories) accepted.push(await this.accept({ feed: document.feed, parsed, correlationId: document.correlationId }));
    return accepted;
  }
}
