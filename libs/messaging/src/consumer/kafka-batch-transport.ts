import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Kafka } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { TopicName, physicalTopic } from '@news/contracts';
import { BatchRunner, BatchRunnerOptions } from './batch-runner';
import { ConsumerMetrics } from './consumer-metrics';
import { ConsumerLiveness } from './consumer-supervisor';
import { InboundRecord, RetryPolicy } from './failure-policy';
import { ProcessedEvents } from './processed-events';
import { ArticleEventHandler, StageOutput } from './stage-output';

export interface KafkaBatchTransportOptions {
  kafka: Kafka;
  groupId: string;
  topicPrefix: string;
  policy?: RetryPolicy;
  processed?: ProcessedEvents;
  metrics?: ConsumerMetrics;
  around?: BatchRunnerOptions['around'];
  instanceId?: string;
  maxMessageBytes?: number;
  maxDownMs?: number;
  onGiveUp?: (error: Error) => void;
  topicReplication?: BatchRunnerOptions['topicReplication'];
}

/** What a handler receives besides the event: where the record came from. */
export class KafkaRecordContext {
  constructor(readonly record: InboundRecord) {}
}

/**
 * Nest's stock Kafka server handles one message at a time, retries a failing
 * handler forever and does not drain on shutdown. This transport keeps Nest's
 * `@EventPattern(Topics.x)` handlers but runs them through the BatchRunner;
 * a handler returns the events it wants emitted.
 */
export class KafkaBatchTransport extends Server implements CustomTransportStrategy {
  private runner?: BatchRunner;

  constructor(private readonly options: KafkaBatchTransportOptions) {
    super();
  }

  /**
   * Starts the consumer without waiting for it: it may wait for its topics
   * or for the broker, and meanwhile the HTTP side (health, reads) serves.
   */
  listen(callback: (error?: unknown) => void): void {
    try {
      this.runner = new BatchRunner({
        ...this.options,
        handlers: this.topicHandlers(),
        logger: new Logger(`consumer ${this.options.groupId}`),
      });
      void this.runner.start();
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** Whether the consumer runs, or is restarting within its bound (see ConsumerSupervisor). */
  liveness(): ConsumerLiveness {
    return this.runner?.liveness() ?? { live: true, state: 'starting' };
  }

  async close(): Promise<void> {
    await this.runner?.stop();
  }

  on(): void {
    throw new Error('KafkaBatchTransport does not emit status events');
  }

  unwrap<T>(): T {
    return this.runner as T;
  }

  private topicHandlers(): Map<string, ArticleEventHandler> {
    const handlers = new Map<string, ArticleEventHandler>();
    for (const [pattern, handler] of this.messageHandlers) {
      const topic = physicalTopic(this.options.topicPrefix, pattern as TopicName);
      handlers.set(topic, async (event, record) => {
        const result: unknown = await handler(event, new KafkaRecordContext(record));
        return lastValueFrom(this.transformToObservable(result), { defaultValue: undefined }).catch(
          (error: unknown) => {
            throw error instanceof Error
              ? error
              : Object.assign(new Error(`handler for ${topic} failed: ${JSON.stringify(error)}`), { cause: error });
          },
        ) as Promise<StageOutput[] | void>;
      });
    }
    return handlers;
  }
}
