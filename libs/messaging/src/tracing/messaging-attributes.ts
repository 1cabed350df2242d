import { Tracer, trace } from '@opentelemetry/api';

/**
 * OpenTelemetry messaging semantic conventions (v1.26+), Kafka flavour.
 * They are still "incubating", and @opentelemetry/semantic-conventions
 * asks users to copy incubating names rather than import them (its
 * /incubating entry point may change in a minor release).
 */
export const MessagingAttributes = {
  system: 'messaging.system',
  operationType: 'messaging.operation.type',
  operationName: 'messaging.operation.name',
  destination: 'messaging.destination.name',
  partition: 'messaging.destination.partition.id',
  consumerGroup: 'messaging.consumer.group.name',
  messageId: 'messaging.message.id',
  kafkaKey: 'messaging.kafka.message.key',
  kafkaOffset: 'messaging.kafka.offset',
} as const;

export const KAFKA = 'kafka';

/** The API's tracer: a no-op until a process installs an SDK (see startTracing in @news/observability). */
export function messagingTracer(): Tracer {
  return trace.getTracer('@news/messaging');
}
