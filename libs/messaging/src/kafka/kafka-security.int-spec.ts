import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kafka } from 'kafkajs';
import { loadServiceConfig } from '@news/config';
import { createKafka } from './kafka-factory';
import { MissingTopicsError, provisionTopics } from './topic-provisioner';
import { withAdmin } from './with-admin';

/**
 * The Kafka client's security settings against a real SASL listener: a broker
 * of this test's own (infra/kafka/server-sasl.properties, on its own ports and
 * data directory, so the shared broker on 9092 is never touched) with a
 * SCRAM-SHA-512 user made at format time and a PLAIN user in its JAAS line.
 * The settings go the way a service's do: environment -> loadServiceConfig -> createKafka.
 */
const ROOT = join(__dirname, '../../../..');
const PORT = Number(process.env.SASL_KAFKA_PORT ?? 19392);
const SASL = `127.0.0.1:${PORT + 2}`;
const run = promisify(execFile);

const brokerEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  KAFKA_PORT: String(PORT),
  KAFKA_CONTROLLER_PORT: String(PORT + 1),
  KAFKA_SASL_PORT: String(PORT + 2),
  KAFKA_DATA_DIR: join(ROOT, '.run/kafka-sasl'),
  KAFKA_SERVER_TEMPLATE: join(ROOT, 'infra/kafka/server-sasl.properties'),
  KAFKA_FORMAT_ARGS: '--add-scram SCRAM-SHA-512=[name=newsroom-scram,password=scram-secret]',
  KAFKA_HEAP_OPTS: '-Xmx256m -Xms128m',
});

const kafkaFor = (env: Record<string, string>): Kafka =>
  createKafka(loadServiceConfig('security-test', 0, { KAFKA_BROKERS: SASL, ...env }).kafka);

const topic = `security-test.${Date.now()}`;

beforeAll(async () => {
  await run('bash', [join(ROOT, 'infra/kafka/kafka.sh'), 'start'], { env: brokerEnv(), timeout: 180_000 });
}, 200_000);

afterAll(async () => {
  await run('bash', [join(ROOT, 'infra/kafka/kafka.sh'), 'stop'], { env: brokerEnv(), timeout: 60_000 });
}, 70_000);

describe('a service talking to a SASL_PLAINTEXT listener', () => {
  it('logs in with SCRAM-SHA-512, creates its topic, writes with acks=-1 and reads the record back', async () => {
    const kafka = kafkaFor({
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'newsroom-scram',
      KAFKA_SASL_PASSWORD: 'scram-secret',
    });
    const created = await withAdmin(kafka, (admin) =>
      provisionTopics(admin, [{ name: topic, partitions: 1, compacted: false }]),
    );
    expect(created).toEqual([topic]);

    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [{ key: 'article-1', value: 'hello' }] });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: `security-test-${Date.now()}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received = await new Promise<string>((resolve) => {
      void consumer.run({ eachMessage: ({ message }) => Promise.resolve(resolve(String(message.value))) });
    });
    await consumer.disconnect();
    expect(received).toBe('hello');
  }, 60_000);

  it('logs in with PLAIN too', async () => {
    const kafka = kafkaFor({
      KAFKA_SASL_MECHANISM: 'plain',
      KAFKA_SASL_USERNAME: 'newsroom-plain',
      KAFKA_SASL_PASSWORD: 'plain-secret',
    });
    await expect(withAdmin(kafka, (admin) => admin.listTopics())).resolves.toContain(topic);
  }, 30_000);

  it('is refused with a wrong password', async () => {
    const kafka = kafkaFor({
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'newsroom-scram',
      KAFKA_SASL_PASSWORD: 'wrong',
    });
    const admin = kafka.admin({ retry: { retries: 0 } });
    await expect(admin.connect()).rejects.toThrow(/SASL SCRAM SHA512 authentication failed|authentication/i);
    await admin.disconnect().catch(() => undefined);
  }, 30_000);

  it('with KAFKA_CREATE_TOPICS=false creates nothing and names the topics that are missing', async () => {
    const config = loadServiceConfig('security-test', 0, {
      KAFKA_BROKERS: SASL,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'newsroom-scram',
      KAFKA_SASL_PASSWORD: 'scram-secret',
      KAFKA_CREATE_TOPICS: 'false',
    });
    const kafka = createKafka(config.kafka);
    const missing = `${topic}.never-created`;
    const attempt = withAdmin(kafka, (admin) =>
      provisionTopics(
        admin,
        [
          { name: topic, partitions: 1, compacted: false },
          { name: missing, partitions: 1, compacted: false },
        ],
        {
          replicationFactor: 1,
          minInSyncReplicas: 1,
          create: config.kafka.createTopics,
        },
      ),
    );
    await expect(attempt).rejects.toThrow(MissingTopicsError);
    await expect(attempt).rejects.toThrow(new RegExp(`topic\\(s\\) ${missing.replace(/\./g, '\\.')} do not exist`));
    await expect(withAdmin(kafka, (admin) => admin.listTopics())).resolves.not.toContain(missing);
  }, 30_000);
});
