import { Admin, Kafka, KafkaMessage, Partitioners } from 'kafkajs';
import { FailureHeaders, createKafka, headerText } from '@news/messaging';
import { testInfrastructure, uniqueRunPrefix, waitFor } from '@news/testing';
import { AddressInfo, createServer } from 'node:net';
import { Pool } from 'pg';
import { TcpProxy } from '../../../../test/faults/support/tcp-proxy';
import { IntakeError } from '../formats/intake-error';
import { WireIntakeConsumer } from './wire-intake.consumer';

jest.setTimeout(90_000);

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** A free local port for the proxy, so it can be cut and opened again on the same address. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('WireIntakeConsumer against the real broker', () => {
  const prefix = uniqueRunPrefix('wireint');
  const topic = `${prefix}.wire.raw.v1`;
  const groupId = `${prefix}.ingest-wire`;
  let kafka: Kafka;
  let admin: Admin;

  beforeAll(async () => {
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'wire-intake-test' });
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1, replicationFactor: 1 }] });
  });

  afterAll(async () => {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${prefix}.`));
    if (topics.length > 0) await admin.deleteTopics({ topics });
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  });

  async function committed(): Promise<string> {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return offsets.partitions[0].offset;
  }

  it('commits an accepted record at once, holds one through a database outage, survives a restart, and dead-letters a refusal', async () => {
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({
      topic,
      acks: -1,
      messages: ['ok', 'during-outage', 'refused', 'after'].map((key) => ({
        key,
        value: key,
        headers: { 'x-feed-id': 'f' },
      })),
    });
    await producer.disconnect();

    // The handler stores through a real Postgres connection behind a proxy; cutting the proxy is the outage.
    const database = new URL(testInfrastructure.databaseUrl);
    const proxy = new TcpProxy(await freePort(), { host: database.hostname, port: Number(database.port || 5432) });
    await proxy.open();
    const pool = new Pool({
      connectionString: `postgres://${database.username || 'postgres'}@127.0.0.1:${proxy.port}${database.pathname}`,
      max: 1,
      connectionTimeoutMillis: 2000,
    });
    pool.on('error', () => undefined); // an idle client dropped by the cut
    const store = async (message: KafkaMessage) =>
      void (await pool.query('SELECT $1::text AS key', [message.key!.toString()]));

    // First run: Postgres goes away right after the first record is stored, and stays away until we stop.
    const firstSeen: string[] = [];
    const first = new WireIntakeConsumer({
      kafka,
      topic,
      groupId,
      logger: quiet,
      retryBaseMs: 20,
      retryMaxMs: 100,
      handle: async (message: KafkaMessage) => {
        firstSeen.push(message.key!.toString());
        await store(message);
        if (message.key!.toString() === 'ok') await proxy.cut();
      },
    });
    await first.start();
    await waitFor(
      () => firstSeen.filter((k) => k === 'during-outage').length >= 3,
      'the outage to be retried in place',
    );
    expect(await committed()).toBe('1'); // "ok" is committed; the record in the outage is not
    const stopping = Date.now();
    await first.stop();
    expect(Date.now() - stopping).toBeLessThan(10_000);
    expect(firstSeen).not.toContain('refused');

    // Second run, same group, Postgres back: the held record comes again; the refusal goes to the dead-letter topic.
    await proxy.open();
    const secondSeen: string[] = [];
    const second = new WireIntakeConsumer({
      kafka,
      topic,
      groupId,
      logger: quiet,
      handle: async (message: KafkaMessage) => {
        secondSeen.push(message.key!.toString());
        await store(message);
        if (message.key!.toString() === 'refused')
          throw new IntakeError('UNUSABLE', 'no headline above the credit and date line', 'headline');
      },
    });
    await second.start();
    await waitFor(async () => (await committed()) === '4', 'every record to be committed');
    await second.stop();
    await pool.end();
    await proxy.cut();
    expect(secondSeen).toEqual(['during-outage', 'refused', 'after']);

    const letters: KafkaMessage[] = [];
    const reader = kafka.consumer({ groupId: `${prefix}.reader` });
    await reader.connect();
    await reader.subscribe({ topic: `${topic}.dlq`, fromBeginning: true });
    await reader.run({ eachMessage: async ({ message }) => void letters.push(message) });
    await waitFor(() => letters.length > 0, 'the dead letter');
    await reader.disconnect();
    expect(letters).toHaveLength(1);
    expect(letters[0].key?.toString()).toBe('refused');
    expect(headerText(letters[0].headers, FailureHeaders.originalOffset)).toBe('2');
    expect(headerText(letters[0].headers, FailureHeaders.error)).toBe(
      'UNUSABLE (headline): no headline above the credit and date line',
    );
  });

  it('dead-letters a refused record just under the broker limit, and the partition flows on', async () => {
    const bigTopic = `${prefix}.big.wire.raw.v1`;
    const bigGroup = `${prefix}.big.ingest-wire`;
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: bigTopic, numPartitions: 1, replicationFactor: 1 }],
    });
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    // Its dead letter is the same value plus failure headers: over 1 MiB, which only the dead-letter topic's headroom takes.
    const nearLimit = Buffer.alloc(1_040_000, 'x');
    await producer.send({
      topic: bigTopic,
      acks: -1,
      messages: [{ key: 'near-limit', value: nearLimit, headers: { 'x-feed-id': 'f' } }],
    });
    await producer.send({
      topic: bigTopic,
      acks: -1,
      messages: [{ key: 'after', value: 'after', headers: { 'x-feed-id': 'f' } }],
    });
    await producer.disconnect();

    const accepted: string[] = [];
    const consumer = new WireIntakeConsumer({
      kafka,
      topic: bigTopic,
      groupId: bigGroup,
      logger: quiet,
      handle: async (message: KafkaMessage) => {
        if (message.key!.toString() === 'near-limit')
          throw new IntakeError('UNKNOWN_FORMAT', 'not a document of any format ingest reads');
        accepted.push(message.key!.toString());
      },
    });
    await consumer.start();
    await waitFor(() => accepted.includes('after'), 'the record behind the large one');
    await consumer.stop();

    const letters: KafkaMessage[] = [];
    const reader = kafka.consumer({ groupId: `${prefix}.big.reader` });
    await reader.connect();
    await reader.subscribe({ topic: `${bigTopic}.dlq`, fromBeginning: true });
    await reader.run({ eachMessage: async ({ message }) => void letters.push(message) });
    await waitFor(() => letters.length > 0, 'the dead letter');
    await reader.disconnect();
    expect(letters[0].key?.toString()).toBe('near-limit');
    expect(letters[0].value?.length).toBe(nearLimit.length);
  });

  it('with KAFKA_CREATE_TOPICS=false makes no dead-letter topic, and says which one is missing', async () => {
    const ownTopic = `${prefix}.owned.wire.raw.v1`;
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: ownTopic, numPartitions: 1, replicationFactor: 1 }],
    });
    const said: string[] = [];
    const consumer = new WireIntakeConsumer({
      kafka,
      topic: ownTopic,
      groupId: `${prefix}.owned.ingest-wire`,
      logger: { ...quiet, warn: (m: string) => void said.push(m), error: (m: string) => void said.push(m) },
      handle: async () => undefined,
      topicReplication: { replicationFactor: 3, minInSyncReplicas: 2, create: false },
    });
    void consumer.start();
    try {
      await waitFor(() => said.some((m) => m.includes(`${ownTopic}.dlq`)), 'a word on the missing dead-letter topic');
    } finally {
      await consumer.stop();
    }

    expect(said.find((m) => m.includes(`${ownTopic}.dlq`))).toContain('KAFKA_CREATE_TOPICS=false');
    expect(await admin.listTopics()).not.toContain(`${ownTopic}.dlq`);
  });
});
