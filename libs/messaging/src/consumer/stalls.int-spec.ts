import { Kafka, KafkaJSNonRetriableError, Message } from 'kafkajs';
import { ArticleEvent, ArticleEventTypes, Topics } from '@news/contracts';
import { anArticle, testInfrastructure, uniqueRunPrefix, produceTo, readAtLeast, waitFor } from '@news/testing';
import { encodeArticleEvent, headerText } from '../cloud-events/article-event-codec';
import { FailureHeaders, deadLetterTopicFor, retryTopicFor } from '../dead-letters/dead-letters';
import { createKafka } from '../kafka/kafka-factory';
import { BatchRunner, BatchRunnerOptions } from './batch-runner';
import { ConsumerLiveness } from './consumer-supervisor';
import { RetryPolicy } from './failure-policy';
import { ProcessedEvents, rememberNothing } from './processed-events';
import { StageOutput } from './stage-output';

jest.setTimeout(120_000);

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Each way one record used to stall a partition (or all of them), reproduced
 * against the real broker, with the records around it shown to flow.
 */
describe('no record stalls a consumer (real broker)', () => {
  const prefix = uniqueRunPrefix('stalls');
  const output = `${prefix}.${Topics.ready}`;
  let kafka: Kafka;
  const runners: BatchRunner[] = [];

  beforeAll(async () => {
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'stalls-test' });
    await createTopics([output], 1);
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
  });

  afterAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: (await admin.listTopics()).filter((t) => t.startsWith(`${prefix}.`)) });
    await admin.disconnect();
  });

  it('pauses only the partition whose retry is not yet due, ignores x-not-before off the retry topic and caps it on it', async () => {
    const source = await sourceTopic('delays', 3);
    const groupId = `${prefix}.delays`;
    const applied = new Map<string, number>();
    await startRunner({
      source,
      groupId,
      // One partition at a time: a sleeping batch would hold the only slot.
      partitionsConsumedConcurrently: 1,
      policy: new RetryPolicy(5, 2, 100, 3000),
      handler: async (event) => void applied.set(event.article.newsroom.articleId, Date.now()),
    });
    const farFuture = String(Date.now() + 365 * 24 * 3600 * 1000);
    const delayedAt = Date.now();
    await produceTo(kafka, retryTopicFor(source, groupId), [
      {
        partition: 0,
        ...eventFor('delayed'),
        headers: {
          ...eventFor('delayed').headers,
          [FailureHeaders.notBefore]: farFuture,
          [FailureHeaders.originalTopic]: source,
          [FailureHeaders.attempts]: '1',
        },
      },
    ]);
    await produceTo(kafka, source, [
      {
        partition: 0,
        ...eventFor('forged'),
        headers: { ...eventFor('forged').headers, [FailureHeaders.notBefore]: farFuture },
      },
      { partition: 1, ...eventFor('p1') },
      { partition: 2, ...eventFor('p2') },
    ]);
    await waitFor(() => applied.size === 4);

    const order = [...applied.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    expect(order[3]).toBe(idOf('delayed'));
    expect(new Set(order.slice(0, 3))).toEqual(new Set(['forged', 'p1', 'p2'].map(idOf)));
    // Capped by the policy's longest delay (3 s) after it was written, not a year.
    expect(applied.get(idOf('delayed'))! - delayedAt).toBeGreaterThanOrEqual(2500);
  });

  it('dead-letters a record just under the broker limit whole, and the records behind it flow', async () => {
    const source = await sourceTopic('large', 1);
    const applied: string[] = [];
    const big = eventFor('big', 1_000_000);
    await startRunner({
      source,
      groupId: `${prefix}.large`,
      policy: new RetryPolicy(2, 1, 100, 400),
      handler: async (event) => {
        if (event.article.newsroom.articleId === idOf('big')) throw new Error('cannot handle this one');
        applied.push(event.article.newsroom.articleId);
      },
    });
    await produceTo(kafka, source, [big, eventFor('after-big')]);
    const [letter] = await readAtLeast(
      kafka,
      deadLetterTopicFor(source),
      `${prefix}.reader.${deadLetterTopicFor(source)}`,
      1,
    );
    await waitFor(() => applied.includes(idOf('after-big')));

    expect(letter.value?.length).toBe(Buffer.byteLength(String(big.value)));
    expect(headerText(letter.headers, FailureHeaders.attempts)).toBe('2');
    expect(headerText(letter.headers, FailureHeaders.valueTruncated)).toBeUndefined();
  });

  it('dead-letters an input whose output would be over the record limit, instead of failing every transaction', async () => {
    const source = await sourceTopic('outgrown', 1);
    const applied: string[] = [];
    await startRunner({
      source,
      groupId: `${prefix}.outgrown`,
      maxMessageBytes: 100_000,
      handler: async (event) => {
        applied.push(event.article.newsroom.articleId);
        return [
          { topic: Topics.ready, event: { type: ArticleEventTypes.ready, source: 'test', article: event.article } },
        ];
      },
    });
    await produceTo(kafka, source, [eventFor('outgrown', 150_000), eventFor('after-outgrown')]);
    const [letter] = await readAtLeast(
      kafka,
      deadLetterTopicFor(source),
      `${prefix}.reader.${deadLetterTopicFor(source)}`,
      1,
    );
    await waitFor(() => applied.includes(idOf('after-outgrown')));

    expect(letter.key?.toString()).toBe(idOf('outgrown'));
    expect(headerText(letter.headers, FailureHeaders.error)).toMatch(/over the 100000-byte limit of a Kafka record/);
  });

  it('restarts a consumer that kafkajs gave up on after a non-retriable error; liveness says restarting meanwhile', async () => {
    const source = await sourceTopic('crash', 1);
    const applied: string[] = [];
    const states: ConsumerLiveness[] = [];
    let crashes = 1;
    const crashOnce: ProcessedEvents = {
      seen: async (ids) => {
        if (crashes-- > 0) throw new KafkaJSNonRetriableError('Failed to find group coordinator');
        return rememberNothing.seen(ids);
      },
      record: async () => undefined,
    };
    const runner = await startRunner({
      source,
      groupId: `${prefix}.crash`,
      processed: crashOnce,
      handler: async (event) => void applied.push(event.article.newsroom.articleId),
    });
    const watching = setInterval(() => states.push(runner.liveness()), 20);
    await produceTo(kafka, source, [eventFor('after-crash')]);
    await waitFor(() => applied.includes(idOf('after-crash')));
    clearInterval(watching);

    expect(states.some((s) => s.state === 'restarting' && s.live)).toBe(true);
    expect(states.every((s) => s.live)).toBe(true);
    expect(runner.liveness()).toMatchObject({
      live: true,
      state: 'running',
      lastError: 'Failed to find group coordinator',
    });
  });

  it('gives up and reports not live when the consumer keeps crashing past its bound', async () => {
    const source = await sourceTopic('crash-loop', 1);
    const givenUp: Error[] = [];
    const alwaysCrash: ProcessedEvents = {
      seen: async () => Promise.reject(new KafkaJSNonRetriableError('The coordinator is loading')),
      record: async () => undefined,
    };
    const runner = await startRunner({
      source,
      groupId: `${prefix}.crash-loop`,
      processed: alwaysCrash,
      maxDownMs: 3000,
      onGiveUp: (e) => void givenUp.push(e),
      handler: async () => undefined,
    });
    await produceTo(kafka, source, [eventFor('never')]);
    await waitFor(() => givenUp.length > 0, 'the supervisor to give up', 90_000);

    expect(givenUp[0].message).toBe('The coordinator is loading');
    expect(runner.liveness()).toMatchObject({ live: false, state: 'failed' });
  });

  type RunnerSetup = Partial<BatchRunnerOptions> & {
    source: string;
    groupId: string;
    handler: (event: ArticleEvent) => Promise<StageOutput[] | void>;
  };

  async function startRunner({ source, handler, ...options }: RunnerSetup): Promise<BatchRunner> {
    const runner = new BatchRunner({
      kafka,
      topicPrefix: prefix,
      handlers: new Map([[source, handler]]),
      logger: quiet,
      ...options,
    });
    runners.push(runner);
    await runner.start();
    return runner;
  }

  async function sourceTopic(name: string, partitions: number): Promise<string> {
    const topic = `${prefix}.${name}.${Topics.ingested}`;
    await createTopics([topic], partitions);
    return topic;
  }

  async function createTopics(topics: string[], numPartitions: number): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
    });
    await admin.disconnect();
  }
});

function idOf(name: string): string {
  return Buffer.from(name.padEnd(16, '.')).toString('hex').slice(0, 32);
}

function eventFor(name: string, bodyBytes = 100): Message {
  const article = anArticle({
    newsroom: { articleId: idOf(name) },
    bodies: [{ role: 'text', contentType: 'text/plain', value: 'x'.repeat(bodyBytes) }],
  });
  return encodeArticleEvent({ type: ArticleEventTypes.ingested, source: 'test', article });
}
