import { Kafka } from 'kafkajs';
import { ArticleEvent, ArticleEventTypes, Topics } from '@news/contracts';
import { anArticle, testInfrastructure, uniqueRunPrefix, produceTo, readAtLeast, waitFor } from '@news/testing';
import { encodeArticleEvent, headerText } from '../cloud-events/article-event-codec';
import { createKafka } from '../kafka/kafka-factory';
import { BatchRunner } from './batch-runner';
import { DeadLetterDesk } from '../dead-letters/dead-letter-desk';
import { FailureHeaders, deadLetterTopicFor } from '../dead-letters/dead-letters';
import { RetryPolicy } from './failure-policy';
import { ProcessedEvents } from './processed-events';
import { StageOutput } from './stage-output';
import { noConsumerMetrics } from './consumer-metrics';

jest.setTimeout(90_000);

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** Remembers applied event ids in memory: the runner's contract, without a database. */
class RememberedEvents implements ProcessedEvents {
  readonly ids = new Set<string>();
  async seen(ids: string[]) {
    return new Set(ids.filter((id) => this.ids.has(id)));
  }
  async record(ids: string[]) {
    ids.forEach((id) => this.ids.add(id));
  }
}

describe('BatchRunner against the real broker', () => {
  const prefix = uniqueRunPrefix('runner');
  const source = `${prefix}.${Topics.ingested}`;
  const output = `${prefix}.${Topics.ready}`;
  let kafka: Kafka;

  beforeAll(async () => {
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'runner-test' });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [source, output].map((topic) => ({ topic, numPartitions: 1, replicationFactor: 1 })),
    });
    await admin.disconnect();
  });

  afterAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${prefix}.`));
    await admin.deleteTopics({ topics });
    await admin.disconnect();
  });

  it('dead-letters poison and a record that always fails, retries a flaky one, and emits each event exactly once', async () => {
    const ok = anArticle({ newsroom: { articleId: 'a'.repeat(32) } });
    const flaky = anArticle({ newsroom: { articleId: 'b'.repeat(32) } });
    const broken = anArticle({ newsroom: { articleId: 'c'.repeat(32) } });
    const okEvent = encodeArticleEvent({ type: ArticleEventTypes.ingested, source: 'test', article: ok });
    await produceTo(kafka, source, [
      okEvent,
      {
        key: 'poison',
        value: JSON.stringify({ uri: 'not an article' }),
        headers: {
          ce_id: 'p1',
          ce_type: ArticleEventTypes.ingested,
          ce_source: 'test',
          ce_time: new Date().toISOString(),
        },
      },
      encodeArticleEvent({ type: ArticleEventTypes.ingested, source: 'test', article: flaky }),
      encodeArticleEvent({ type: ArticleEventTypes.ingested, source: 'test', article: broken }),
      okEvent, // the same event produced twice
    ]);

    let brokenIsFixed = false;
    const remembered = new RememberedEvents();
    let flakyFailures = 3; // more than the in-place attempts: it must travel through the retry topic
    const applied: string[] = [];
    const handler = async (event: ArticleEvent): Promise<StageOutput[]> => {
      const id = event.article.newsroom.articleId;
      if (id === broken.newsroom.articleId && !brokenIsFixed) throw new Error('this article always breaks the handler');
      if (id === flaky.newsroom.articleId && flakyFailures-- > 0) throw new Error('flaky');
      applied.push(id);
      return [
        { topic: Topics.ready, event: { type: ArticleEventTypes.ready, source: 'test', article: event.article } },
      ];
    };
    const groupId = `${prefix}.stage`;
    const runner = new BatchRunner({
      kafka,
      groupId,
      topicPrefix: prefix,
      handlers: new Map([[source, handler]]),
      logger: quiet,
      policy: new RetryPolicy(3, 2, 100, 400),
      processed: remembered,
    });
    await runner.start();
    const dead = await readAtLeast(
      kafka,
      deadLetterTopicFor(source),
      `${prefix}.reader.${deadLetterTopicFor(source)}`,
      2,
      1000,
    );
    await waitFor(() => applied.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // a second effect would show up now
    await runner.stop();

    expect(applied).toEqual([ok.newsroom.articleId, flaky.newsroom.articleId]);
    const outputs = await readAtLeast(kafka, output, `${prefix}.reader.${output}`, 2, 1000);
    expect(outputs.map((m) => m.key?.toString()).sort()).toEqual([ok.newsroom.articleId, flaky.newsroom.articleId]);

    const byKey = new Map(dead.map((m) => [m.key?.toString(), m]));
    const poison = byKey.get('poison')!;
    expect(headerText(poison.headers, FailureHeaders.originalTopic)).toBe(source);
    expect(headerText(poison.headers, FailureHeaders.originalOffset)).toBe('1');
    expect(headerText(poison.headers, FailureHeaders.error)).toMatch(/violates the contract/);
    const failing = byKey.get(broken.newsroom.articleId)!;
    expect(headerText(failing.headers, FailureHeaders.attempts)).toBe('3');
    expect(headerText(failing.headers, FailureHeaders.originalOffset)).toBe('3');
    expect(headerText(failing.headers, FailureHeaders.originalPartition)).toBe('0');
    expect(headerText(failing.headers, FailureHeaders.error)).toBe('this article always breaks the handler');

    const admin = kafka.admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId, topics: [source] });
    await admin.disconnect();
    expect(committed.partitions[0].offset).toBe('5');

    // Once the cause is fixed, on-call replays the dead letter; a second replay sends nothing again.
    const desk = new DeadLetterDesk(kafka);
    expect(await desk.topics(prefix)).toContain(deadLetterTopicFor(source));
    const replay = () => desk.replay(deadLetterTopicFor(source), (letter) => letter.key === broken.newsroom.articleId);
    expect((await replay()).map((l) => l.originalTopic)).toEqual([source]);
    expect(await replay()).toEqual([]);
    brokenIsFixed = true;
    const again = new BatchRunner({
      kafka,
      groupId,
      topicPrefix: prefix,
      handlers: new Map([[source, handler]]),
      logger: quiet,
      processed: remembered,
    });
    await again.start();
    await waitFor(() => applied.includes(broken.newsroom.articleId));
    await again.stop();
    expect(applied.filter((id) => id === broken.newsroom.articleId)).toHaveLength(1);
  });

  it('commits a backlog in transactions of up to maxRecordsPerTransaction records, and reports each size', async () => {
    const backlog = `${prefix}.backlog`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: backlog, numPartitions: 1, replicationFactor: 1 }],
    });
    await admin.disconnect();
    const articles = Array.from({ length: 12 }, (_, n) =>
      anArticle({ newsroom: { articleId: `${n}`.padStart(32, 'd') } }),
    );
    await produceTo(
      kafka,
      backlog,
      articles.map((article) => encodeArticleEvent({ type: ArticleEventTypes.ingested, source: 'test', article })),
    );
    const sizes: number[] = [];
    const handled: string[] = [];
    const runner = new BatchRunner({
      kafka,
      groupId: `${prefix}.backlog-stage`,
      topicPrefix: prefix,
      handlers: new Map([[backlog, async (event: ArticleEvent) => (handled.push(event.id), [])]]),
      logger: quiet,
      maxRecordsPerTransaction: 5,
      metrics: { ...noConsumerMetrics, committed: (topic, records) => topic === backlog && sizes.push(records) },
    });
    await runner.start();
    await waitFor(() => sizes.reduce((n, s) => n + s, 0) >= articles.length);
    await runner.stop();

    expect(handled).toHaveLength(articles.length);
    expect(sizes.reduce((n, s) => n + s, 0)).toBe(articles.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5);
    // one fetch holds the whole backlog: full transactions, then the rest
    expect(sizes.filter((s) => s === 5).length).toBeGreaterThanOrEqual(1);
  });
});
