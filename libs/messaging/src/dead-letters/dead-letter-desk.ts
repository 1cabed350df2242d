import { IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { headerText } from '../cloud-events/article-event-codec';
import { FailureHeaders } from './dead-letters';
import { withAdmin } from '../kafka/with-admin';

export interface DeadLetter {
  topic: string;
  partition: number;
  offset: string;
  key?: string;
  originalTopic?: string;
  originalPartition?: string;
  originalOffset?: string;
  consumerGroup?: string;
  attempts?: string;
  error?: string;
  eventId?: string;
  /** Set when the letter's value was cut to fit (its full length in bytes): replay the original record instead. */
  truncated?: string;
  message: KafkaMessage;
}

/**
 * What on-call needs for dead letters: which topics hold some, what each
 * record is and why it failed, and a way to send records back to the topic
 * they came from once the cause is fixed. Replays are tracked by a consumer
 * group per dead-letter topic, so replaying twice sends nothing twice.
 */
export class DeadLetterDesk {
  constructor(private readonly kafka: Kafka) {}

  async topics(prefix = ''): Promise<string[]> {
    const topics = await withAdmin(this.kafka, (admin) => admin.listTopics());
    return topics.filter((t) => t.endsWith('.dlq') && t.startsWith(prefix)).sort();
  }

  /** Every record on a dead-letter topic, oldest first. */
  async read(topic: string, quietMs = 1500): Promise<DeadLetter[]> {
    const letters: DeadLetter[] = [];
    await this.consume(topic, `dlq-inspect-${Date.now()}`, quietMs, (partition, message) =>
      Promise.resolve(void letters.push(describe(topic, partition, message))),
    );
    return letters.sort((a, b) => a.partition - b.partition || Number(a.offset) - Number(b.offset));
  }

  /** Sends not-yet-replayed records back to their original topic; returns how many. */
  async replay(
    topic: string,
    filter: (letter: DeadLetter) => boolean = () => true,
    quietMs = 1500,
  ): Promise<DeadLetter[]> {
    const producer = this.kafka.producer({ idempotent: true });
    await producer.connect();
    const replayed: DeadLetter[] = [];
    try {
      await this.consume(topic, `${topic}.replayer`, quietMs, async (partition, message) => {
        const letter = describe(topic, partition, message);
        // A cut value would be refused as poison: the whole record is at x-original-* on its source topic.
        if (!letter.originalTopic || letter.truncated || !filter(letter)) return;
        await producer.send({
          topic: letter.originalTopic,
          acks: -1,
          messages: [{ key: message.key, value: message.value, headers: replayHeaders(letter) }],
        });
        replayed.push(letter);
      });
    } finally {
      await producer.disconnect();
    }
    return replayed;
  }

  private async consume(
    topic: string,
    groupId: string,
    quietMs: number,
    each: (partition: number, message: KafkaMessage) => Promise<void>,
  ): Promise<void> {
    const consumer = this.kafka.consumer({ groupId });
    let last = Date.now();
    let joined = false;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      joined = true;
      last = Date.now();
    });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        await each(partition, message);
        last = Date.now();
      },
    });
    const deadline = Date.now() + 60_000;
    while ((!joined || Date.now() - last < quietMs) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    await consumer.disconnect();
  }
}

function describe(topic: string, partition: number, message: KafkaMessage): DeadLetter {
  const h = (name: string) => headerText(message.headers, name);
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString(),
    originalTopic: h(FailureHeaders.originalTopic),
    originalPartition: h(FailureHeaders.originalPartition),
    originalOffset: h(FailureHeaders.originalOffset),
    consumerGroup: h(FailureHeaders.consumerGroup),
    attempts: h(FailureHeaders.attempts),
    error: h(FailureHeaders.error),
    eventId: h('ce_id'),
    truncated: h(FailureHeaders.valueTruncated),
    message,
  };
}

/** The record's own headers, without the failure bookkeeping, plus where it was replayed from. */
function replayHeaders(letter: DeadLetter): IHeaders {
  const failure = new Set<string>(Object.values(FailureHeaders));
  const kept = Object.entries(letter.message.headers ?? {}).filter(([name]) => !failure.has(name));
  return { ...Object.fromEntries(kept), 'x-replayed-from': `${letter.topic}/${letter.partition}@${letter.offset}` };
}
