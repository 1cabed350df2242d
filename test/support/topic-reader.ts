import { Kafka, KafkaMessage } from 'kafkajs';

export interface ReadRecord {
  partition: number;
  message: KafkaMessage;
}

/**
 * Reads everything on a topic up to its current end with a fresh consumer
 * group, as a new downstream consumer would.
 */
export async function readWholeTopic(kafka: Kafka, topic: string, groupId: string, timeoutMs = 20_000): Promise<ReadRecord[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const remaining = new Map(ends.filter((p) => Number(p.high) > 0).map((p) => [p.partition, Number(p.high)]));
  const records: ReadRecord[] = [];
  if (remaining.size === 0) return records;
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out reading ${topic}`)), timeoutMs);
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          records.push({ partition, message });
          if (Number(message.offset) + 1 >= (remaining.get(partition) ?? 0)) remaining.delete(partition);
          if (remaining.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return records;
}

/** Waits for the first record on a topic whose key matches, from a fresh consumer group. */
export async function waitForKey(kafka: Kafka, topic: string, key: string, groupId: string, timeoutMs = 30_000): Promise<KafkaMessage> {
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  try {
    return await new Promise<KafkaMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no record with key ${key} on ${topic} within ${timeoutMs} ms`)), timeoutMs);
      void consumer.run({
        eachMessage: async ({ message }) => {
          if (message.key?.toString() === key) {
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
