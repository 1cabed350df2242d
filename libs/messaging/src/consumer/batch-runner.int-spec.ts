import { Kafka } from 'kafkajs';
import { ArticleEventTypes } from '@news/contracts';
import { anArticle, testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { encodeArticleEvent } from '../cloud-events/article-event-codec';
import { createKafka } from '../kafka/kafka-factory';
import { BatchRunner } from './batch-runner';
import { InboundRecord, RetryInPlacePolicy } from './failure-policy';

jest.setTimeout(60_000);

describe('BatchRunner against the real broker', () => {
  const prefix = uniqueRunPrefix('runner');
  const topic = `${prefix}.news.ingested.v1`;
  let kafka: Kafka;

  beforeAll(async () => {
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'runner-test' });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1, replicationFactor: 1 }] });
    await admin.disconnect();
  });

  afterAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();
  });

  it('retries a failing handler in place, skips poison, keeps order and commits only what it handled', async () => {
    const first = anArticle({ newsroom: { articleId: 'a'.repeat(32) } });
    const second = anArticle({ newsroom: { articleId: 'b'.repeat(32) } });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        encodeArticleEvent({ type: ArticleEventTypes.ingested, source: 'test', article: first }),
        { key: 'poison', value: 'not json at all', headers: { ce_id: 'p1', ce_type: 'x', ce_source: 'test', ce_time: new Date().toISOString() } },
        encodeArticleEvent({ type: ArticleEventTypes.ingested, source: 'test', article: second }),
      ],
    });
    await producer.disconnect();

    const handled: string[] = [];
    const poisoned: string[] = [];
    let failuresLeft = 2;
    const policy = new RetryInPlacePolicy({ error: () => undefined }, 5, 10);
    policy.onPoison = async (record: InboundRecord) => void poisoned.push(record.message.offset);
    const groupId = `${prefix}.group`;
    const runner = new BatchRunner({
      consumer: kafka.consumer({ groupId }),
      policy,
      handlers: new Map([
        [
          topic,
          async (event) => {
            if (event.article.newsroom.articleId === second.newsroom.articleId && failuresLeft-- > 0) throw new Error('database briefly away');
            handled.push(event.article.newsroom.articleId);
          },
        ],
      ]),
    });
    await runner.start();
    await waitUntil(() => handled.length === 2);
    await runner.stop();

    expect(handled).toEqual([first.newsroom.articleId, second.newsroom.articleId]);
    expect(poisoned).toEqual(['1']);
    const admin = kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    await admin.disconnect();
    expect(committed.partitions[0].offset).toBe('3');
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
