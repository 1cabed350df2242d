import { IHeaders, Message } from 'kafkajs';
import { headerText } from '../cloud-events/article-event-codec';
import { InboundRecord } from '../consumer/failure-policy';
import { DEFAULT_MAX_MESSAGE_BYTES, FAILURE_TOPIC_HEADROOM_BYTES, recordBytes } from '../kafka/message-limits';

/** Headers a retried or dead-lettered record carries, beside its own. */
export const FailureHeaders = {
  originalTopic: 'x-original-topic',
  originalPartition: 'x-original-partition',
  originalOffset: 'x-original-offset',
  consumerGroup: 'x-consumer-group',
  error: 'x-error',
  attempts: 'x-attempts',
  notBefore: 'x-not-before',
  /** Set on a dead letter whose value was cut to fit: the value's full length in bytes. */
  valueTruncated: 'x-value-truncated',
} as const;

/** The source topic of a record, even when it arrived through a retry topic. */
export function originalTopicOf(record: InboundRecord): string {
  return headerText(record.message.headers, FailureHeaders.originalTopic) ?? record.topic;
}

export function retryTopicFor(topic: string, groupId: string): string {
  return `${topic}.${groupId}.retry`;
}

export function deadLetterTopicFor(topic: string): string {
  return `${topic}.dlq`;
}

export function failedAttemptsOf(record: InboundRecord): number {
  return Number(headerText(record.message.headers, FailureHeaders.attempts) ?? 0);
}

export function notBeforeOf(record: InboundRecord): number {
  return Number(headerText(record.message.headers, FailureHeaders.notBefore) ?? 0);
}

export interface RoutedMessage {
  topic: string;
  message: Message;
}

function carry(record: InboundRecord, groupId: string, error: Error, attempts: number): IHeaders {
  const first = record.topic === originalTopicOf(record);
  return {
    ...(record.message.headers ?? {}),
    [FailureHeaders.originalTopic]: originalTopicOf(record),
    // Keep the coordinates of where the record was first read, not of the retry topic.
    [FailureHeaders.originalPartition]: first
      ? String(record.partition)
      : (headerText(record.message.headers, FailureHeaders.originalPartition) ?? ''),
    [FailureHeaders.originalOffset]: first
      ? record.message.offset
      : (headerText(record.message.headers, FailureHeaders.originalOffset) ?? ''),
    [FailureHeaders.consumerGroup]: groupId,
    [FailureHeaders.error]: error.message.slice(0, 1000),
    [FailureHeaders.attempts]: String(attempts),
  };
}

export function toRetry(
  record: InboundRecord,
  groupId: string,
  error: Error,
  attempts: number,
  delayMs: number,
): RoutedMessage {
  const headers = {
    ...carry(record, groupId, error, attempts),
    [FailureHeaders.notBefore]: String(Date.now() + delayMs),
  };
  return {
    topic: retryTopicFor(originalTopicOf(record), groupId),
    message: { key: record.message.key, value: record.message.value, headers },
  };
}

/**
 * A dead letter must always fit its topic, or the record it replaces could
 * never be committed and its partition would stall. One that would not fit
 * keeps the head of its value and says so; the x-original-* headers point at
 * the whole record, which stays on its source topic until retention.
 */
export function toDeadLetter(
  record: InboundRecord,
  groupId: string,
  error: Error,
  attempts: number,
  maxBytes = DEFAULT_MAX_MESSAGE_BYTES + FAILURE_TOPIC_HEADROOM_BYTES,
): RoutedMessage {
  const message = {
    key: record.message.key,
    value: record.message.value,
    headers: carry(record, groupId, error, attempts),
  };
  const over = recordBytes(message) - maxBytes;
  if (over > 0 && message.value) {
    const value = message.value.subarray(0, Math.max(0, message.value.length - over - 1024));
    return {
      topic: deadLetterTopicFor(originalTopicOf(record)),
      message: {
        ...message,
        value,
        headers: { ...message.headers, [FailureHeaders.valueTruncated]: String(message.value.length) },
      },
    };
  }
  return { topic: deadLetterTopicFor(originalTopicOf(record)), message };
}
