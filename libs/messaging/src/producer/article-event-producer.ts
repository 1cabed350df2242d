import { Kafka, Message, Partitioners, Producer } from 'kafkajs';
import { TopicName, physicalTopic } from '@news/contracts';
import { sendTraced } from '../tracing/producer-spans';

/**
 * The outbox relay's producer: idempotent, acks from all in-sync replicas.
 * Records arrive already encoded and validated (encodeArticleEvent), keyed by
 * article id; consuming stages emit through their TransactionalSink instead.
 */
export class ArticleEventProducer {
  private producer: Producer;
  private connected = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly topicPrefix: string,
  ) {
    this.producer = this.newProducer();
  }

  private newProducer(): Producer {
    return this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 5,
      allowAutoTopicCreation: false,
      // murmur2, as the Java client: keys land on the same partition whoever produces them.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    await this.producer.connect();
    this.connected = true;
  }

  /** Sends records encoded earlier (by an outbox, say), keeping their ids. */
  async sendEncoded(topic: TopicName, messages: Message[]): Promise<void> {
    if (messages.length === 0) return;
    await this.connect();
    const physical = physicalTopic(this.topicPrefix, topic);
    try {
      await sendTraced(
        messages.map((message) => ({ topic: physical, message })),
        (traced) => this.producer.send({ topic: physical, acks: -1, messages: traced.map((t) => t.message) }),
      );
    } catch (error) {
      // After a broker restart an idempotent producer can be left with sequence
      // numbers the broker rejects forever (OUT_OF_ORDER_SEQUENCE_NUMBER); a new
      // producer id starts clean. The outbox still holds the records.
      await this.replaceProducer();
      throw error;
    }
  }

  private async replaceProducer(): Promise<void> {
    const old = this.producer;
    this.producer = this.newProducer();
    this.connected = false;
    await old.disconnect().catch(() => undefined);
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    await this.producer.disconnect();
  }
}
