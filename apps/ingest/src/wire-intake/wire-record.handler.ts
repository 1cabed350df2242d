import { Logger } from '@nestjs/common';
import { KafkaMessage } from 'kafkajs';
import { AcceptArticle, IngestedDocument, ingestDocument } from '../articles/ingest-document/ingest-document';
import { describeRefusedItems } from '../articles/ingest-document/refused-items';
import { readWireDocument } from './wire-document';

export interface WireRecordRules {
  /** IANA zone of the feeds' local times (FEED_TIME_ZONE). */
  timeZone: string;
  /** The same limit as an HTTP post (MAX_BODY_BYTES). */
  maxBytes: number;
  /** MAX_ITEMS_PER_DOCUMENT. */
  maxItems: number;
}

export interface WireRecordLogger {
  warn(message: string): void;
}

/**
 * One `wire.raw.v1` record through the same parsers and rules as
 * `POST /v1/articles`: resolves once every story in it is durable, throws an
 * IntakeError for a document ingest refuses, or whatever the store threw.
 * Items refused among accepted ones do not make the record a dead letter
 * (replaying it would refuse them again and store the rest again): they are
 * logged with the reason and counted.
 */
export class WireRecordHandler {
  private refusedItems = 0;

  constructor(
    private readonly accept: AcceptArticle,
    private readonly rules: WireRecordRules,
    private readonly logger: WireRecordLogger = new Logger('WireIntake'),
  ) {}

  /** Items refused among accepted ones since the process started. */
  get refusedItemCount(): number {
    return this.refusedItems;
  }

  async handle(message: KafkaMessage): Promise<IngestedDocument> {
    const document = readWireDocument(message, this.rules.maxBytes);
    const ingested = await ingestDocument(
      { ...document, timeZone: this.rules.timeZone, maxItems: this.rules.maxItems },
      this.accept,
    );
    if (ingested.refused.length > 0) {
      this.refusedItems += ingested.refused.length;
      this.logger.warn(
        `record at offset ${message.offset} from feed ${document.feed}: ${describeRefusedItems(ingested)}`,
      );
    }
    return ingested;
  }
}
