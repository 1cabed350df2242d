import { Message } from 'kafkajs';

/**
 * The broker refuses a record over its `message.max.bytes` (1 MiB here and by
 * default), and the refusal is final: resent, the same record is refused
 * again. So every hop checks sizes before it sends (see README, "Sizes").
 */
export const DEFAULT_MAX_MESSAGE_BYTES = 1_048_576;

/**
 * Retry and dead-letter topics carry a record that fitted its source topic
 * plus failure headers, so they are made with this much more room
 * (`max.message.bytes` per topic).
 */
export const FAILURE_TOPIC_HEADROOM_BYTES = 256 * 1024;

/** Bytes a record takes on the wire, near enough to compare with the broker's limit (record overhead included). */
export function recordBytes(message: Pick<Message, 'key' | 'value' | 'headers'>): number {
  let bytes = 64 + byteLength(message.key) + byteLength(message.value);
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    bytes +=
      Buffer.byteLength(name) +
      (Array.isArray(value) ? value.reduce((n: number, v) => n + byteLength(v), 0) : byteLength(value));
  }
  return bytes;
}

function byteLength(value: Buffer | string | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return Buffer.isBuffer(value) ? value.length : Buffer.byteLength(value);
}

/** An event that no topic would take: handled as a refusal (dead letter or 413), never retried. */
export class EventTooLarge extends Error {
  readonly code = 'EVENT_TOO_LARGE';
  constructor(
    readonly bytes: number,
    readonly limit: number,
    what = 'event',
  ) {
    super(`the ${what} is ${bytes} bytes, over the ${limit}-byte limit of a Kafka record (KAFKA_MAX_MESSAGE_BYTES)`);
    this.name = 'EventTooLarge';
  }
}
