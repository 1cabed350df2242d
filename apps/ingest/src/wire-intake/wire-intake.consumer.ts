import { Kafka, KafkaMessage, Partitioners } from 'kafkajs';
import { TOPIC_SPECS, Topics } from '@news/contracts';
import {
  ConsumerLiveness,
  ConsumerSession,
  ConsumerSupervisor,
  TopicReplication,
  DEFAULT_MAX_MESSAGE_BYTES,
  FAILURE_TOPIC_HEADROOM_BYTES,
  deadLetterTopicFor,
  provisionTopics,
  sendTraced,
  waitForTopics,
  withAdmin,
  withinDeadline,
  JOIN_DEADLINE_MS,
} from '@news/messaging';
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
  maxMessageBytes?: number;
  maxDownMs?: number;
  onGiveUp?: (error: Error) => void;
  /** How the dead-letter topic is made, or only checked (KAFKA_CREATE_TOPICS=false): the cluster's rules, as for every topic. */
  topicReplication?: TopicReplication;
}

/** Partitions of the dead-letter topic: as many as the wire topic has. */
const DEAD_LETTER_PARTITIONS = TOPIC_SPECS.find((spec) => spec.name === Topics.wireRaw)?.partitions ?? 3;

/**
 * The kafkajs side of the wire intake: a consumer group on the wire topic
 * running WireBatchHandler through `eachBatch`, and the producer its dead
 * letters leave by. No Nest here; WireIntakeService starts and stops it.
 */
export class WireIntakeConsumer {
  private readonly stopping = new AbortController();
  private readonly supervisor: ConsumerSupervisor;

  constructor(private readonly options: WireIntakeConsumerOptions) {
    this.supervisor = new ConsumerSupervisor({
      name: `wire intake ${options.groupId}`,
      open: (signal, onCrash) => this.open(signal, onCrash),
      logger: options.logger,
      maxDownMs: options.maxDownMs ?? 120_000,
      onGiveUp: options.onGiveUp ?? (() => undefined),
    });
  }

  get deadLetterTopic(): string {
    return deadLetterTopicFor(this.options.topic);
  }

  /** Resolves once the consumer runs, or when stopped first; crashes are restarted by the supervisor. */
  start(): Promise<void> {
    return this.supervisor.start();
  }

  liveness(): ConsumerLiveness {
    return this.supervisor.liveness();
  }

  /** Stops fetching, ends waits at once, lets the record in hand finish or be left for redelivery, then leaves the group. */
  async stop(): Promise<void> {
    if (this.stopping.signal.aborted) return;
    this.stopping.abort();
    await this.supervisor.stop();
  }

  private async open(signal: AbortSignal, onCrash: (error: Error) => void): Promise<ConsumerSession> {
    const { kafka, topic, groupId } = this.options;
    await this.prepareTopics(signal);
    const producer = kafka.producer({
      idempotent: true,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    const consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      // The supervisor owns every restart.
      retry: { retries: 5, restartOnFailure: () => Promise.resolve(false) },
    });
    const close = async () => {
      await consumer.disconnect().catch(() => undefined);
      await producer.disconnect().catch(() => undefined);
    };
    const batches = new WireBatchHandler({
      groupId,
      handle: this.options.handle,
      deadLetter: (letter) =>
        sendTraced([letter], async ([traced]) => {
          await producer.send({ topic: traced.topic, acks: -1, messages: [traced.message] });
        }),
      logger: this.options.logger,
      stopSignal: this.stopping.signal,
      maxAttempts: this.options.maxAttempts,
      retryBaseMs: this.options.retryBaseMs,
      retryMaxMs: this.options.retryMaxMs,
      maxDeadLetterBytes: this.failureTopicBytes,
    });
    try {
      consumer.on(consumer.events.CRASH, ({ payload }) => onCrash(payload.error));
      const connectAndRun = async () => {
        await producer.connect();
        await consumer.connect();
        // A new group reads what feeds sent before it existed; accepting is idempotent, so a replay is harmless.
        await consumer.subscribe({ topics: [topic], fromBeginning: true });
        await consumer.run({
          eachBatchAutoResolve: false,
          // Resolved offsets are committed at once (threshold 1) by commitOffsetsIfNecessary after each record.
          autoCommit: true,
          autoCommitThreshold: 1,
          partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
          eachBatch: (payload) => batches.handleBatch(payload),
        });
      };
      await withinDeadline(connectAndRun(), JOIN_DEADLINE_MS, `joining ${groupId}`);
    } catch (error) {
      await close();
      throw error;
    }
    this.options.logger.log(`reading ${topic} as ${groupId}; refusals go to ${this.deadLetterTopic}`);
    return { close };
  }

  private get failureTopicBytes(): number {
    return (this.options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES) + FAILURE_TOPIC_HEADROOM_BYTES;
  }

  /** The wire topic itself is ingest's TopicsProvisioner's; waits for it, then makes the dead-letter topic. */
  private async prepareTopics(signal: AbortSignal): Promise<void> {
    await withAdmin(this.options.kafka, async (admin) => {
      await waitForTopics(admin, [this.options.topic], (m) => this.options.logger.log(m), signal);
      await provisionTopics(
        admin,
        [
          {
            name: this.deadLetterTopic,
            partitions: DEAD_LETTER_PARTITIONS,
            compacted: false,
            maxMessageBytes: this.failureTopicBytes,
          },
        ],
        this.options.topicReplication,
      );
    });
  }
}
