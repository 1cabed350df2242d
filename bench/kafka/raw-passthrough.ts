import { Consumer, Kafka, Partitioners, Producer } from 'kafkajs';
import { provisionTopics } from '@news/messaging';

export interface RawPassthroughResult {
  topic: string;
  messages: number;
  consumed: number;
  bytes: number;
  seconds: number;
  messagesPerSecond: number;
  megabytesPerSecond: number;
  complete: boolean;
}

const BATCH = 100;
const SENDS_IN_FLIGHT = 8;

/**
 * The transport's own limit: kafkajs produces `count` messages of the given
 * payloads to a fresh 6-partition topic and one consumer group reads them
 * back. Time runs from the first send to the last message consumed.
 */
export async function measureRawPassthrough(
  kafka: Kafka,
  topic: string,
  payloads: readonly Buffer[],
  count: number,
  timeoutMs: number,
): Promise<RawPassthroughResult> {
  await createTopic(kafka, topic);
  const consumer = kafka.consumer({ groupId: `${topic}.reader`, allowAutoTopicCreation: false });
  const producer = kafka.producer({
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  let consumed = 0;
  let lastAt = 0;
  try {
    await Promise.all([
      producer.connect(),
      joinGroup(consumer, topic, (n) => ((consumed += n), (lastAt = performance.now()))),
    ]);
    const startedAt = performance.now();
    const bytes = await produceAll(producer, topic, payloads, count);
    await until(() => consumed >= count, startedAt + timeoutMs);
    const seconds = ((consumed >= count ? lastAt : performance.now()) - startedAt) / 1000;
    return {
      topic,
      messages: count,
      consumed,
      bytes,
      seconds,
      messagesPerSecond: consumed / seconds,
      megabytesPerSecond: bytes / 1e6 / seconds,
      complete: consumed >= count,
    };
  } finally {
    await Promise.allSettled([producer.disconnect(), consumer.disconnect()]);
    await deleteTopic(kafka, topic);
  }
}

async function createTopic(kafka: Kafka, topic: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await provisionTopics(admin, [{ name: topic, partitions: 6, compacted: false }]);
  } finally {
    await admin.disconnect();
  }
}

async function deleteTopic(kafka: Kafka, topic: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic], timeout: 10_000 }).catch(() => undefined);
  await admin.disconnect();
}

/** Resolves once the consumer has its partitions, so no message is produced before it listens. */
async function joinGroup(consumer: Consumer, topic: string, onMessages: (n: number) => void): Promise<void> {
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.run({ eachBatch: ({ batch }) => Promise.resolve(onMessages(batch.messages.length)) });
  await joined;
}

async function produceAll(
  producer: Producer,
  topic: string,
  payloads: readonly Buffer[],
  count: number,
): Promise<number> {
  let next = 0;
  let bytes = 0;
  const sender = async (): Promise<void> => {
    while (next < count) {
      const start = next;
      next = Math.min(count, next + BATCH);
      const messages = [];
      for (let i = start; i < next; i++) {
        const value = payloads[i % payloads.length];
        bytes += value.length;
        messages.push({ key: `raw-${i}`, value });
      }
      await producer.send({ topic, messages, acks: -1 });
    }
  };
  await Promise.all(Array.from({ length: SENDS_IN_FLIGHT }, sender));
  return bytes;
}

/** Polls `done` every 20 ms until it holds or the deadline (a performance.now() time) passes. */
export async function until(done: () => boolean, deadline: number): Promise<boolean> {
  while (!done()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}
