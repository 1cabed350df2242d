import { randomBytes } from 'node:crypto';
import { Kafka, Producer, TopicMessages } from 'kafkajs';
import { RoutedMessage } from '../dead-letters/dead-letters';
import { recordBytes } from '../kafka/message-limits';
import { chunkBySize } from '../kafka/request-chunks';
import { retryingConcurrentTransactions } from './concurrent-transactions';

/**
 * A transaction begun right after the last one commits often finds the
 * broker still writing that one's markers: AddPartitionsToTxn answers
 * CONCURRENT_TRANSACTIONS, which clears within milliseconds. kafkajs retries
 * it with the client's backoff (200 ms and up), and as every transaction of a
 * stage queues behind the one before, those waits were most of a stage's
 * time (measured: 28 ms a transaction at 200 ms, 8 ms at 20 ms). The Java
 * client retries this error after 20 ms for the same reason. More retries
 * keep the total patience during a broker outage near what it was (~100 s
 * now, ~80 s with the client's backoff: each wait doubles, capped at 30 s).
 */
const TRANSACTION_RETRY = { initialRetryTime: 20, retries: 12 };

/**
 * Commits what a batch produced together with the consumer's offset in one
 * Kafka transaction: either the outputs and the offset both land, or
 * neither does and the batch is read again. One transaction at a time per
 * producer, so concurrent partitions queue here only for the commit itself.
 *
 * The transactional id is the process's (see transactionalIdFor): every
 * producer this sink makes, and every sink of the same runner, uses it, so
 * a new one fences the one before and finishes whatever transaction it left
 * open before anything else happens. That is what makes a failed commit
 * safe to judge by the group's committed offset.
 */
export class TransactionalSink {
  private producer: Producer;
  private connected = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly kafka: Kafka,
    /** The consumer group whose offsets commit with the outputs. */
    private readonly groupId: string,
    readonly transactionalId: string,
  ) {
    this.producer = this.newProducer();
  }

  /**
   * Connects and registers the transactional id now (InitProducerId): any
   * transaction an earlier producer with this id left open is committed or
   * aborted by the broker before this resolves. Call before the consumer
   * reads its committed offsets.
   */
  async prepare(): Promise<void> {
    await this.connect();
    const transaction = await this.producer.transaction();
    await transaction.abort();
  }

  private async connect(): Promise<void> {
    if (this.connected) return;
    await this.producer.connect();
    this.connected = true;
  }

  private newProducer(): Producer {
    return this.kafka.producer({
      transactionalId: this.transactionalId,
      idempotent: true,
      maxInFlightRequests: 1,
      transactionTimeout: 15_000,
      retry: TRANSACTION_RETRY,
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
    await this.connect();
    const transaction = await this.producer.transaction();
    try {
      for (const chunk of chunkBySize(outputs, (o) => recordBytes(o.message))) {
        await transaction.sendBatch({ topicMessages: byTopic(chunk), acks: -1 });
      }
      await retryingConcurrentTransactions(() =>
        transaction.sendOffsets({
          consumerGroupId: this.groupId,
          topics: [{ topic: offset.topic, partitions: [{ partition: offset.partition, offset: offset.next }] }],
        }),
      );
      await transaction.commit();
    } catch (error) {
      await transaction.abort().catch(() => undefined);
      await this.replaceProducer();
      throw error;
    }
  }

  /**
   * After a failed transaction kafkajs may be left mid-abort (after a broker
   * restart, say) and refuse every later begin; a fresh producer with the
   * same transactional id starts clean and fences the old one.
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

/**
 * `<group>-<instance>-<random>`: stable for the life of one process (so its
 * producers fence each other, see TransactionalSink), never shared by two
 * processes by accident, even two replicas given the same INSTANCE_ID or pod
 * name, which would otherwise fence each other for ever. The price: a
 * transaction left open by a process killed outright is aborted by its
 * timeout (15 s), not at once by its successor.
 */
export function transactionalIdFor(groupId: string, instanceId: string): string {
  return `${groupId}-${instanceId}-${randomBytes(4).toString('hex')}`;
}
