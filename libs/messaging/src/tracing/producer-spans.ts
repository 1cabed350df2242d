import { Span, SpanKind, SpanStatusCode, context } from '@opentelemetry/api';
import { CloudEventHeaders as H } from '@news/contracts';
import { headerText } from '../cloud-events/article-event-codec';
import { contextOf, traceParentOf } from '../cloud-events/trace-context';
import { RoutedMessage } from '../dead-letters/dead-letters';
import { KAFKA, MessagingAttributes as M, messagingTracer } from './messaging-attributes';

/**
 * Sends records under one PRODUCER span each. Until it is sent, a record's
 * traceparent names what caused it (the request, or the handling of the
 * record it follows from); the send is a child of that, and the record
 * leaves carrying the send's traceparent, so the next consumer's span hangs
 * under it. `send` gets copies with that header; the records passed in are
 * left as they are, so a retry of the same records starts from the cause
 * again. With tracing off `send` gets the records themselves.
 */
export async function sendTraced<T>(
  records: RoutedMessage[],
  send: (traced: RoutedMessage[]) => Promise<T>,
): Promise<T> {
  const spans = records.map(startSendSpan);
  try {
    const result = await send(records.map((record, index) => tracedCopy(record, spans[index])));
    for (const span of spans) span.end();
    return result;
  } catch (error) {
    for (const span of spans) endFailed(span, error);
    throw error;
  }
}

function startSendSpan({ topic, message }: RoutedMessage): Span {
  const named = headerText(message.headers, H.traceParent);
  // A record naming no cause (a wire dead letter of a document sent without one) follows from the work sending it.
  const cause = named ? contextOf(named) : context.active();
  const key = message.key === null || message.key === undefined ? undefined : message.key.toString();
  return messagingTracer().startSpan(
    `send ${topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        [M.system]: KAFKA,
        [M.operationType]: 'send',
        [M.operationName]: 'send',
        [M.destination]: topic,
        ...(key === undefined ? {} : { [M.kafkaKey]: key }),
        ...messageIdOf(message),
      },
    },
    cause,
  );
}

function messageIdOf(message: RoutedMessage['message']): Record<string, string> {
  const id = headerText(message.headers, H.id);
  return id === undefined ? {} : { [M.messageId]: id };
}

function tracedCopy(record: RoutedMessage, span: Span): RoutedMessage {
  const traceParent = traceParentOf(span);
  // Tracing off, the no-op span is the cause itself: nothing to rewrite.
  if (!traceParent || traceParent === headerText(record.message.headers, H.traceParent)) return record;
  return {
    ...record,
    message: { ...record.message, headers: { ...record.message.headers, [H.traceParent]: traceParent } },
  };
}

/** Marks a span failed with the error, then ends it. */
export function endFailed(span: Span, error: unknown): void {
  const failure = error instanceof Error ? error : new Error(String(error));
  span.recordException(failure);
  span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
  span.end();
}
