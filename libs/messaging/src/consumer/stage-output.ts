import { createHash } from 'node:crypto';
import { ArticleEvent, TopicName, physicalTopic } from '@news/contracts';
import { EncodedArticles, OutgoingEvent, encodeArticleEvent } from '../cloud-events/article-event-codec';
import { RoutedMessage } from '../dead-letters/dead-letters';

/** What a stage's handler asks to emit; the runner commits it with the input's offset. */
export interface StageOutput {
  topic: TopicName;
  event: OutgoingEvent;
}

export type ArticleEventHandler = (
  event: ArticleEvent,
  record: import('./failure-policy').InboundRecord,
) => Promise<StageOutput[] | void>;

/**
 * Encodes a handler's outputs. Ids derive from the input event's id, so an
 * input handled twice (after an aborted transaction) yields the same output
 * ids, and the next stage's processed-event check drops the second copy.
 */
export function encodeOutputs(
  input: ArticleEvent,
  outputs: StageOutput[] | void,
  topicPrefix: string,
): RoutedMessage[] {
  const encoded: EncodedArticles = new Map();
  return (outputs ?? []).map((output, index) => ({
    topic: physicalTopic(topicPrefix, output.topic),
    message: encodeArticleEvent(
      {
        ...output.event,
        id: output.event.id ?? derivedId(input.id, output.topic, index),
        correlationId: output.event.correlationId ?? input.correlationId,
        parentTrace: output.event.parentTrace ?? input.traceParent,
      },
      encoded,
    ),
  }));
}

function derivedId(inputId: string, topic: string, index: number): string {
  const hex = createHash('sha256').update(`${inputId}\u0000${topic}\u0000${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
