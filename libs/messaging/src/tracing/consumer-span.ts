import { SpanKind, context, trace } from '@opentelemetry/api';
import { ArticleEvent } from '@news/contracts';
import { contextOf } from '../cloud-events/trace-context';
import { InboundRecord } from '../consumer/failure-policy';
import { KAFKA, MessagingAttributes as M, messagingTracer } from './messaging-attributes';
import { endFailed } from './producer-spans';

/** A record a consumer group handles, and the sender's trace it continues, if the record names one. */
export interface ConsumedRecord {
  record: InboundRecord;
  groupId: string;
  traceParent?: string;
  messageId?: string;
}

/**
 * Runs the handling of one record under a CONSUMER span whose parent is the
 * event's traceparent, so it joins the trace that sent it; whatever the
 * handling emits (see encodeArticleEvent) follows from this span.
 */
export function handleInSpan<T>(
  record: InboundRecord,
  event: ArticleEvent,
  groupId: string,
  work: () => Promise<T>,
): Promise<T> {
  return consumeInSpan({ record, groupId, traceParent: event.traceParent, messageId: event.id }, work);
}

/** The same for a record that is no CloudEvent (a raw wire document): its traceparent header, if any, is the parent. */
export async function consumeInSpan<T>(consumed: ConsumedRecord, work: () => Promise<T>): Promise<T> {
  const parent = contextOf(consumed.traceParent);
  const span = messagingTracer().startSpan(
    `process ${consumed.record.topic}`,
    { kind: SpanKind.CONSUMER, attributes: attributesOf(consumed) },
    parent,
  );
  try {
    const result = await context.with(trace.setSpan(parent, span), work);
    span.end();
    return result;
  } catch (error) {
    endFailed(span, error);
    throw error;
  }
}

function attributesOf({ record, groupId, messageId }: ConsumedRecord) {
  return {
    [M.system]: KAFKA,
    [M.operationType]: 'process',
    [M.operationName]: 'process',
    [M.destination]: record.topic,
    [M.partition]: String(record.partition),
    [M.consumerGroup]: groupId,
    ...(messageId ? { [M.messageId]: messageId } : {}),
    ...(record.message.key ? { [M.kafkaKey]: record.message.key.toString() } : {}),
    [M.kafkaOffset]: Number(record.message.offset),
  };
}
