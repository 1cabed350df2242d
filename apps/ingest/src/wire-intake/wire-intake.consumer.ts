import { Consumer, Kafka, KafkaMessage, Partitioners, Producer } from 'kafkajs';
import { TOPIC_SPECS, Topics } from '@news/contracts';
import { deadLetterTopicFor, provisionTopics } from '@news/messaging';
import { WireBatchHandler, WireLogger } from './wire-batch.handler';

export interface WireIntakeConsumerOptions {
  kafka: Kafka;
  /** The physical wire topic, e.g. `wire.raw.v1` or `<prefix>.wire.raw.v1`. */
  topic: string;
  groupId: string;
  handle: (message: KafkaMessage) => Promise<unknown>;
  logger: WireLogger;
  /** The wire topic has 3 partitions; each is worked through in order, the three side by side. */
  partitionsConsumedConcurrently?: number;
  maxAttempts?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
}

/** Partitions of the dead-letter topic: as many as the wire topic has. */
const DEAD_LETTER_PARTITIONS = TOPIC_SPECS.find((spec) => spec.name === Topics.wireRaw)?.partitions ?? 3;

/**
 * The kafkajs side of the wire intake: a consumer group on the wire topic
 * running WireBatchHandler through `eachBatch`, and the producer its dead
 * letters leave by. No Nest here; WireIntakeService starts and stops it.
 */
export class WireIntakeConsumer {
  private consumer?: Consumer;
  private producer?: Producer;
  private readonly stopping = new AbortController();

  constructor(private readonly options: WireIntakeConsumerOptions) {}

  get deadLetterTopic(): string {
    return deadLetterTopicFor(this.options.topic);
  }

  async start(): Promise<void> {
    const { kafka, topic, groupId } = this.options;
    await this.provisionDeadLetterTopic();
    this.producer = kafka.producer({ idempotent: true, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
    await this.producer.connect();
    const producer = this.producer;
    const batches = new WireBatchHandler({
      groupId,
      handle: this.options.handle,
      deadLetter: async (letter) => void (await producer.send({ topic: letter.topic, acks: -1, messages: [letter.message] })),
      logger: this.options.logger,
      stopSignal: this.stopping.signal,
      maxAttempts: this.options.maxAttempts,
      retryBaseMs: this.options.retryBaseMs,
      retryMaxMs: this.options.retryMaxMs,
    });
    this.consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      retry: { retries: 10, restartOnFailure: async () => !this.stopping.signal.aborted },
    });
    await this.consumer.connect();
    // A new group reads what feeds sent before it existed; accepting is idempotent, so a replay is harmless.
    await this.consumer.subscribe({ topics: [topic], fromBeginning: true });
    await this.consumer.run({
      eachBatchAutoResolve: false,
      // Resolved offsets are committed at once (threshold 1) by commitOffsetsIfNecessary after each record.
      autoCommit: true,
      autoCommitThreshold: 1,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => batches.handleBatch(payload),
    });
    this.options.logger.log(`reading ${topic} as ${groupId}; refusals go to ${this.deadLetterTopic}`);
  }

  /** Stops fetching, ends waits at once, lets the record in hand finish or be left for redelivery, then leaves the group. */
  async stop(): Promise<void> {
    if (this.stopping.signal.aborted) return;
    this.stopping.abort();
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }

  /** The wire topic itself is ingest's TopicsProvisioner's, made at module init with the pipeline's. */
  private async provisionDeadLetterTopic(): Promise<void> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    try {
      await provisionTopics(admin, [{ name: this.deadLetterTopic, partitions: DEAD_LETTER_PARTITIONS, compacted: false }]);
    } finally {
      await admin.disconnect();
    }
  }
}
