import { Kafka, KafkaMessage, Message, Partitioners } from 'kafkajs';
import { waitFor } from './wait-for';

export interface ReadRecord {
  partition: number;
  message: KafkaMessage;
}

/**
 * Reads everything on a topic with a fresh consumer group, as a new
 * downstream consumer would, until the topic has been quiet for `quietMs`.
 * (Offsets cannot tell us where the end is: transaction markers take
 * offsets too, and a read-committed consumer never sees them.)
 */
export async function readWholeTopic(
  kafka: Kafka,
  topic: string,
  groupId: string,
  quietMs = 2000,
  timeoutMs = 30_000,
): Promise<ReadRecord[]> {
  const records: ReadRecord[] = [];
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let last = Date.now();
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => {
    joined = true;
    last = Date.now();
  });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      records.push({ partition, message });
      last = Date.now();
    },
  });
  const deadline = Date.now() + timeoutMs;
  while (!joined || Date.now() - last < quietMs) {
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await consumer.disconnect();
  return records;
}

/** Waits for the first record on a topic whose key matches, from a fresh consumer group. */
export function waitForKey(
  kafka: Kafka,
  topic: string,
  key: string,
  groupId: string,
  timeoutMs = 30_000,
): Promise<KafkaMessage> {
  return waitForRecord(
    kafka,
    topic,
    groupId,
    (message) => message.key?.toString() === key,
    timeoutMs,
    `with key ${key}`,
  );
}

/** The first record on a topic a predicate accepts, read from the beginning with a fresh group. */
export async function waitForRecord(
  kafka: Kafka,
  topic: string,
  groupId: string,
  accept: (message: KafkaMessage) => boolean,
  timeoutMs = 30_000,
  what = 'matching',
): Promise<KafkaMessage> {
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  try {
    return await new Promise<KafkaMessage>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no record ${what} on ${topic} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      void consumer.run({
        eachMessage: async ({ message }) => {
          if (accept(message)) {
            clearTimeout(timer);
            resolve(message);
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
}

/**
 * At least `count` records from a topic, read by a fresh group. `settleMs`
 * keeps reading that much longer, for a test that asserts nothing more came
 * (an absence has no sentinel to wait for).
 */
export async function readAtLeast(
  kafka: Kafka,
  topic: string,
  groupId: string,
  count: number,
  settleMs = 0,
): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId });
  const seen: KafkaMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void seen.push(message) });
  try {
    await waitFor(() => seen.length >= count, `${count} record(s) on ${topic}`);
    if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

/** Sends records with a short-lived plain producer, as a feed or another service would. */
export async function produceTo(kafka: Kafka, topic: string, messages: Message[]): Promise<void> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}
