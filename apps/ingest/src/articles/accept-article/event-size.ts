import { Message } from 'kafkajs';
import { recordBytes } from '@news/messaging';
import { IntakeError } from '../../formats/intake-error';

/**
 * The share of a Kafka record's limit an article's news.ingested event may
 * take at intake. Later stages add facts (places, people, links) to the same
 * article, so the rest is kept for them: an article accepted here fits every
 * topic it passes through.
 */
export const INTAKE_SHARE_OF_RECORD_LIMIT = 0.75;

export function intakeEventLimit(maxMessageBytes: number): number {
  return Math.floor(maxMessageBytes * INTAKE_SHARE_OF_RECORD_LIMIT);
}

/**
 * An article the broker would refuse must be refused at the door (413): once
 * accepted, an event that can never be sent would sit in the outbox for ever.
 */
export function refuseOversizedEvent(message: Message, limit: number, maxMessageBytes: number): void {
  const bytes = recordBytes(message);
  if (bytes <= limit) return;
  throw new IntakeError(
    'TOO_LARGE',
    `the article's event would be ${bytes} bytes; ingest takes articles whose event is at most ${limit} bytes ` +
      `(three quarters of the ${maxMessageBytes}-byte Kafka record limit, KAFKA_MAX_MESSAGE_BYTES; the rest is kept for what enrichment adds). ` +
      'Send a shorter body or split the story.',
    'body',
  );
}
