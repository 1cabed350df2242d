import { Kafka } from 'kafkajs';
import { testInfrastructure, uniqueRunPrefix, waitFor } from '@news/testing';
import { createKafka } from '../kafka/kafka-factory';
import { withAdmin } from '../kafka/with-admin';
import { TransactionalSink, transactionalIdFor } from './transactional-sink';

jest.setTimeout(90_000);

/** What a read-committed consumer (every downstream stage) sees on a topic. */
async function committedKeys(kafka: Kafka, topic: string, groupId: string, quietMs = 1500): Promise<string[]> {
  const keys: string[] = [];
  const consumer = kafka.consumer({ groupId, readUncommitted: false });
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void keys.push(String(message.key)) });
  await waitFor(() => joined, `a reader of ${topic} to join`);
  await new Promise((resolve) => setTimeout(resolve, quietMs)); // a record that should not be there would arrive now
  await consumer.disconnect();
  return keys;
}

describe('TransactionalSink against the real broker', () => {
  const prefix = uniqueRunPrefix('sink');
  const source = `${prefix}.source`;
  const output = `${prefix}.output`;
  const groupId = `${prefix}.stage`;
  let kafka: Kafka;
  let sink: TransactionalSink;

  beforeAll(async () => {
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'sink-test' });
    await withAdmin(kafka, (admin) =>
      admin.createTopics({
        waitForLeaders: true,
        topics: [source, output].map((topic) => ({ topic, numPartitions: 1, replicationFactor: 1 })),
      }),
    );
    sink = new TransactionalSink(kafka, groupId, transactionalIdFor(groupId, 'sink-test'));
  });

  afterAll(async () => {
    await sink.disconnect();
    await withAdmin(kafka, async (admin) =>
      admin.deleteTopics({ topics: (await admin.listTopics()).filter((t) => t.startsWith(`${prefix}.`)) }),
    );
  });

  const committedOffset = () =>
    withAdmin(
      kafka,
      async (admin) => (await admin.fetchOffsets({ groupId, topics: [source] }))[0].partitions[0].offset,
    );

  it('commits the outputs and the consumer offset together', async () => {
    await sink.commit([{ topic: output, message: { key: 'first', value: 'x' } }], {
      topic: source,
      partition: 0,
      next: '5',
    });

    expect(await committedOffset()).toBe('5');
    expect(await committedKeys(kafka, output, `${prefix}.reader-1`)).toEqual(['first']);
  });

  it('lands neither the outputs nor the offset when the transaction fails, and the next one goes through on a new producer', async () => {
    const refused = [
      { topic: output, message: { key: 'lost-with-its-transaction', value: 'x' } },
      { topic: output, message: { key: 'too-large', value: Buffer.alloc(2 * 1024 * 1024) } },
    ];
    await expect(sink.commit(refused, { topic: source, partition: 0, next: '9' })).rejects.toThrow();
    expect(await committedOffset()).toBe('5');

    await sink.commit([{ topic: output, message: { key: 'after', value: 'x' } }], {
      topic: source,
      partition: 0,
      next: '10',
    });
    expect(await committedOffset()).toBe('10');
    expect(await committedKeys(kafka, output, `${prefix}.reader-2`)).toEqual(['first', 'after']);
  });

  it('settles a transaction an earlier producer of the process left open before the next one reads offsets', async () => {
    // A producer of this process that died mid-transaction: outputs sent, never committed.
    const id = transactionalIdFor(`${prefix}.other`, 'sink-test');
    const orphan = kafka.producer({
      transactionalId: id,
      idempotent: true,
      maxInFlightRequests: 1,
      transactionTimeout: 60_000,
    });
    await orphan.connect();
    const open = await orphan.transaction();
    await open.send({ topic: output, messages: [{ key: 'left-open', value: 'x' }] });

    const successor = new TransactionalSink(kafka, `${prefix}.other`, id);
    await successor.prepare(); // fences the orphan: its transaction is aborted now, not in 60 s
    try {
      expect(await committedKeys(kafka, output, `${prefix}.reader-3`)).toEqual(['first', 'after']);
      await expect(open.commit()).rejects.toThrow();
    } finally {
      await successor.disconnect();
      await orphan.disconnect().catch(() => undefined);
    }
  });

  it('commits a transaction of offsets alone right after another commits (the broker may still be writing its markers)', async () => {
    // Each offsets-only transaction starts with AddOffsetsToTxn, which the broker answers
    // CONCURRENT_TRANSACTIONS while the last commit's markers are being written.
    for (let n = 0; n < 40; n++) {
      await sink.commit([{ topic: output, message: { key: `busy-${n}`, value: 'x' } }], {
        topic: source,
        partition: 0,
        next: String(100 + 2 * n),
      });
      await sink.commit([], { topic: source, partition: 0, next: String(101 + 2 * n) });
    }

    expect(await committedOffset()).toBe('179');
  });
});
