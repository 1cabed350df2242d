import { Kafka, Message, Partitioners, Producer } from 'kafkajs';
import { TopicName, physicalTopic } from '@news/contracts';

/**
 * The outbox relay's producer: idempotent, acks from all in-sync replicas.
 * Records arrive already encoded and validated (encodeArticleEvent), keyed by
 * article id; consuming stages emit through their TransactionalSink instead.
 */
export class ArticleEventProducer {
  private readonly producer: Producer;
  private connected = false;

  constructor(
    kafka: Kafka,
    private readonly topicPrefix: string,
  ) {
    this.producer = kafka.producer({
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
    await this.producer.send({ topic: physicalTopic(this.topicPrefix, topic), acks: -1, messages });
  }

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    await this.producer.disconnect();
  }
}
