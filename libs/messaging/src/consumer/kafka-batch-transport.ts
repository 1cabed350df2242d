import { Logger } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { Kafka } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { TopicName, physicalTopic } from '@news/contracts';
import { ArticleEventHandler, BatchRunner } from './batch-runner';
import { FailurePolicy, InboundRecord, RetryInPlacePolicy } from './failure-policy';

export interface KafkaBatchTransportOptions {
  kafka: Kafka;
  groupId: string;
  topicPrefix: string;
  policy?: FailurePolicy;
}

/** What a handler receives besides the event: where the record came from. */
export class KafkaRecordContext {
  constructor(readonly record: InboundRecord) {}
}

/**
 * Nest's stock Kafka server handles one message at a time, retries a failing
 * handler forever and does not drain on shutdown. This transport keeps Nest's
 * `@EventPattern(Topics.x)` handlers but runs them through the BatchRunner.
 */
export class KafkaBatchTransport extends Server implements CustomTransportStrategy {
  private runner?: BatchRunner;
  private readonly log = new Logger(KafkaBatchTransport.name);

  constructor(private readonly options: KafkaBatchTransportOptions) {
    super();
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      const consumer = this.options.kafka.consumer({
        groupId: this.options.groupId,
        allowAutoTopicCreation: false,
        sessionTimeout: 30_000,
        heartbeatInterval: 3_000,
      });
      this.runner = new BatchRunner({ consumer, handlers: this.topicHandlers(), policy: this.options.policy ?? new RetryInPlacePolicy(this.log) });
      await this.runner.start();
      callback();
    } catch (error) {
      callback(error);
    }
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
        const result = await handler(event, new KafkaRecordContext(record));
        await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined }).catch((error: unknown) => {
          throw error instanceof Error ? error : new Error(`handler for ${topic} failed: ${JSON.stringify(error)}`);
        });
      });
    }
    return handlers;
  }
}
