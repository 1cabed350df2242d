import { randomBytes } from 'node:crypto';
import { Kafka, Producer, TopicMessages } from 'kafkajs';
import { RoutedMessage } from '../dead-letters/dead-letters';
import { approximateSize, chunkBySize } from '../kafka/request-chunks';

/**
 * Commits what a batch produced together with the consumer's offset in one
 * Kafka transaction: either the outputs and the offset both land, or
 * neither does and the batch is read again. One transaction at a time per
 * producer, so concurrent partitions queue here only for the commit itself.
 */
export class TransactionalSink {
  private producer: Producer;
  /** The current producer's id; a new producer (after a failure or a fence) gets a new one. */
  transactionalId = '';
  private connected = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly kafka: Kafka,
    private readonly groupId: string,
    /** Names this process in the transactional id (the pod name in Kubernetes). */
    private readonly instanceId: string,
  ) {
    this.producer = this.newProducer();
  }

  private newProducer(): Producer {
    // Unique per producer, never shared by accident: two replicas given the
    // same INSTANCE_ID (or pod name) would otherwise fence each other for
    // ever. The price: a transaction left open by a process killed outright
    // holds read-committed readers of its partitions until transactionTimeout.
    this.transactionalId = `${this.groupId}-${this.instanceId}-${randomBytes(4).toString('hex')}`;
    return this.kafka.producer({
      transactionalId: this.transactionalId,
      idempotent: true,
      maxInFlightRequests: 1,
      transactionTimeout: 15_000,
    });
  }

  async commit(outputs: RoutedMessage[], offset: { topic: string; partition: number; next: string }): Promise<void> {
    const run = this.queue.then(() => this.transact(outputs, offset));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async disconnect(): Promise<void> {
    await this.queue;
    if (this.connected) await this.producer.disconnect();
    this.connected = false;
  }

  private async transact(
    outputs: RoutedMessage[],
    offset: { topic: string; partition: number; next: string },
  ): Promise<void> {
    if (!this.connected) {
      await this.producer.connect();
      this.connected = true;
    }
    const transaction = await this.producer.transaction();
    try {
      for (const chunk of chunkBySize(outputs, (o) => approximateSize(o.message))) {
        await transaction.sendBatch({ topicMessages: byTopic(chunk), acks: -1 });
      }
      await transaction.sendOffsets({
        consumerGroupId: this.groupId,
        topics: [{ topic: offset.topic, partitions: [{ partition: offset.partition, offset: offset.next }] }],
      });
      await transaction.commit();
    } catch (error) {
      await transaction.abort().catch(() => undefined);
      await this.replaceProducer();
      throw error;
    }
  }

  /**
   * After a failed transaction kafkajs may be left mid-abort (after a broker
   * restart, say) and refuse every later begin, and a fenced producer is dead
   * for good; a fresh producer with a new transactional id starts clean.
   */
  private async replaceProducer(): Promise<void> {
    const old = this.producer;
    this.producer = this.newProducer();
    this.connected = false;
    await old.disconnect().catch(() => undefined);
  }
}

function byTopic(outputs: RoutedMessage[]): TopicMessages[] {
  const grouped = new Map<string, TopicMessages>();
  for (const { topic, message } of outputs) {
    const entry = grouped.get(topic) ?? { topic, messages: [] };
    entry.messages.push(message);
    grouped.set(topic, entry);
  }
  return [...grouped.values()];
}
