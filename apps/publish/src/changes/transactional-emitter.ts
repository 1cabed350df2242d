import { randomBytes } from 'node:crypto';
import { Kafka, Partitioners, Producer } from 'kafkajs';
import { ArticleEvent, ArticleEventTypes } from '@news/contracts';
import { StageOutput, encodeOutputs, sendTraced } from '@news/messaging';

/**
 * Emits outputs that no consumed record carries (an embargo release, an
 * admin kill) in one Kafka transaction, the discipline the consumer's
 * outputs follow: all of one change's records land, or none do. The caller
 * holds its Postgres transaction open across `emit` and commits it after,
 * so a failure before the Kafka commit leaves nothing done; a failure after
 * it re-emits the same ids, which consumers recognise.
 */
export class TransactionalEmitter {
  private producer?: Producer;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly kafka: Kafka,
    private readonly topicPrefix: string,
    private readonly transactionalId: string,
  ) {}

  emit(outputs: StageOutput[]): Promise<void> {
    const run = this.queue.then(() => this.transact(outputs));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async disconnect(): Promise<void> {
    await this.queue;
    await this.producer?.disconnect();
    this.producer = undefined;
  }

  private async transact(outputs: StageOutput[]): Promise<void> {
    if (outputs.length === 0) return;
    const producer = await this.connected();
    const first = outputs[0].event;
    // encodeOutputs wants the input a consumer's outputs follow from; here the change itself is the input.
    const origin: ArticleEvent = {
      id: first.id ?? `${first.article.newsroom.articleId}.v${first.article.version}`,
      type: ArticleEventTypes.published,
      source: first.source,
      time: new Date().toISOString(),
      correlationId: first.correlationId ?? first.id ?? first.article.newsroom.articleId,
      article: first.article,
    };
    const records = encodeOutputs(origin, outputs, this.topicPrefix);
    const transaction = await producer.transaction();
    try {
      await sendTraced(records, async (traced) => {
        for (const { topic, message } of traced) await transaction.send({ topic, acks: -1, messages: [message] });
        await transaction.commit();
      });
    } catch (error) {
      await transaction.abort().catch(() => undefined);
      await producer.disconnect().catch(() => undefined);
      this.producer = undefined;
      throw error;
    }
  }

  private async connected(): Promise<Producer> {
    if (this.producer) return this.producer;
    const producer = this.kafka.producer({
      transactionalId: this.transactionalId,
      idempotent: true,
      maxInFlightRequests: 1,
      transactionTimeout: 15_000,
      // The partitioner the consumer's sink uses, so an article's records share a partition whoever sends them.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    this.producer = producer;
    return producer;
  }
}

/** `<group>-emitter-<instance>-<random>`: never shared with the consumer's sink or another process. */
export function emitterTransactionalId(group: string, instanceId: string): string {
  return `${group}-emitter-${instanceId}-${randomBytes(4).toString('hex')}`;
}
