import { KafkaMessage } from 'kafkajs';
import { AcceptArticle, IngestedDocument, ingestDocument } from '../articles/ingest-document/ingest-document';
import { readWireDocument } from './wire-document';

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

  async handle(message: KafkaMessage): Promise<IngestedDocument> {
    const document = readWireDocument(message, this.rules.maxBytes);
    return ingestDocument({ ...document, timeZone: this.rules.timeZone }, this.accept);
  }
}
