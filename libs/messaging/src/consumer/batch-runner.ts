import { setTimeout as sleep } from 'node:timers/promises';
import { Consumer, EachBatchPayload } from 'kafkajs';
import { ArticleEvent } from '@news/contracts';
import { PoisonMessage, decodeArticleEvent } from '../cloud-events/article-event-codec';
import { FailurePolicy, InboundRecord } from './failure-policy';

export type ArticleEventHandler = (event: ArticleEvent, record: InboundRecord) => Promise<void>;

export interface BatchRunnerOptions {
  consumer: Consumer;
  /** Physical topic name -> handler. */
  handlers: Map<string, ArticleEventHandler>;
  policy: FailurePolicy;
  partitionsConsumedConcurrently?: number;
}

/**
 * Consumes with eachBatch and marks an offset only after its handler's effect
 * is done, so a crash replays (never skips) unfinished work. Partitions run
 * concurrently; records within one partition (one article's versions) stay
 * in order.
 */
export class BatchRunner {
  private stopping = false;

  constructor(private readonly options: BatchRunnerOptions) {}

  async start(): Promise<void> {
    const { consumer, handlers } = this.options;
    await consumer.connect();
    await consumer.subscribe({ topics: [...handlers.keys()], fromBeginning: true });
    await consumer.run({
      autoCommit: true,
      autoCommitInterval: 1000,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /** Stops fetching, lets in-flight batches finish, commits, and leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.options.consumer.disconnect();
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    const handler = this.options.handlers.get(batch.topic);
    if (!handler) throw new Error(`no handler for topic ${batch.topic}`);
    for (const message of batch.messages) {
      if (!isRunning() || isStale() || this.stopping) break;
      await this.handleRecord(handler, { topic: batch.topic, partition: batch.partition, message });
      resolveOffset(message.offset);
      await heartbeat();
    }
    await commitOffsetsIfNecessary();
  }

  private async handleRecord(handler: ArticleEventHandler, record: InboundRecord): Promise<void> {
    let event: ArticleEvent;
    try {
      event = decodeArticleEvent(record.message);
    } catch (error) {
      if (!(error instanceof PoisonMessage)) throw error;
      return this.options.policy.onPoison(record, error);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return await handler(event, record);
      } catch (error) {
        const delay = this.options.policy.retryDelayMs(attempt);
        if (delay === null || this.stopping) throw error;
        await sleep(delay);
      }
    }
  }
}
