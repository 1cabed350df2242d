import { DataSource } from 'typeorm';
import { Kafka } from 'kafkajs';
import { Topics, physicalTopic } from '@news/contracts';
import {
  ArticleEventProducer,
  OutboxRelay,
  createKafka,
  pipelineTopicSpecs,
  provisionTopics,
  withAdmin,
} from '@news/messaging';
import { openServiceDataSource } from '@news/persistence';
import { readAtLeast, testInfrastructure, uniqueRunPrefix, waitFor } from '@news/testing';
import { INGEST_ENTITIES, INGEST_MIGRATIONS } from '../ingest-database';
import { TypeormOutboxStore } from './typeorm-outbox-store';

jest.setTimeout(90_000);

const quiet = { warn: () => undefined, error: () => undefined };

/** The relay over ingest's real outbox table, sending to the real broker. */
describe('the outbox relay against the real Postgres and broker', () => {
  const prefix = uniqueRunPrefix('relay');
  const schema = `${prefix}_ingest`;
  let dataSource: DataSource;
  let kafka: Kafka;
  let producer: ArticleEventProducer;

  beforeAll(async () => {
    dataSource = await openServiceDataSource({
      url: testInfrastructure.databaseUrl,
      schema,
      entities: INGEST_ENTITIES,
      migrations: INGEST_MIGRATIONS,
      poolSize: 2,
    });
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'relay-test' });
    await withAdmin(kafka, (admin) => provisionTopics(admin, pipelineTopicSpecs(prefix)));
    producer = new ArticleEventProducer(kafka, prefix);
  });

  afterAll(async () => {
    await producer.disconnect();
    await withAdmin(kafka, async (admin) =>
      admin.deleteTopics({ topics: (await admin.listTopics()).filter((t) => t.startsWith(`${prefix}.`)) }),
    );
    await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource.destroy();
  });

  const insert = (key: string, bytes: number) =>
    dataSource.query(`INSERT INTO "${schema}".outbox (topic, message) VALUES ($1, $2)`, [
      Topics.ingested,
      JSON.stringify({ key, value: 'x'.repeat(bytes), headers: { ce_id: key } }),
    ]);
  const rows = async () =>
    await dataSource.query<{ key: string; parked: boolean }[]>(
      `SELECT message->>'key' AS key, parked_at IS NOT NULL AS parked FROM "${schema}".outbox ORDER BY id`,
    );

  it('sends entries and deletes them once the broker has them; parks the one it never could send, keeping it', async () => {
    await insert('k1', 10);
    await insert('too-large', 1_100_000);
    await insert('k2', 10);
    await insert('k3', 10);
    const store = new TypeormOutboxStore(dataSource);
    const relay = new OutboxRelay(store, producer, quiet, { idleMs: 20 });
    relay.start();
    try {
      await waitFor(async () => (await rows()).every((r) => r.parked), 'the outbox to hold only parked entries');
    } finally {
      await relay.stop();
    }

    const sent = await readAtLeast(kafka, physicalTopic(prefix, Topics.ingested), `${prefix}.reader`, 3);
    // Each key has its own partition here: order holds per article, so compare the set.
    expect(sent.map((m) => String(m.key)).sort()).toEqual(['k1', 'k2', 'k3']);
    expect(await rows()).toEqual([{ key: 'too-large', parked: true }]);
    expect(await store.backlog()).toMatchObject({ count: 0, parked: 1 });
    expect(await store.parked()).toEqual([
      expect.objectContaining({ key: 'too-large', reason: expect.stringMatching(/over the 1048576-byte limit/) }),
    ]);
  });
});
