import { readFileSync } from 'node:fs';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Kafka, Partitioners, Producer } from 'kafkajs';
import { Article, Topics, articleIdFor, physicalTopic } from '@news/contracts';
import { FailureHeaders, createKafka, headerText } from '@news/messaging';
import { identify } from '../../apps/ingest/src/articles/article.builder';
import { parseDocument } from '../../apps/ingest/src/formats/parse-document';
import { testInfrastructure } from '../support/infrastructure';
import { RunningPipeline, startPipeline } from '../support/pipeline';
import { uniqueRunPrefix } from '../support/test-run';
import { waitForKey } from '../support/topic-reader';
import { waitFor } from '../support/wait-for';

jest.setTimeout(120_000);

const REFERENCE = readFileSync(join(__dirname, '../fixtures/smart-2018-02-13-idlib.txt'));
const PAGE_CAPTURE = { 'content-type': 'text/plain; charset=utf-8', 'x-feed-id': 'smart' };

/** The article id ingest gives a page capture from a feed: it has no guid, so a fingerprint of headline and date. */
function pageCaptureId(feed: string, document: Buffer): string {
  return identify(feed, parseDocument(document, 'text/plain', { timeZone: 'Asia/Damascus' }).stories[0]).articleId;
}

const POLLED_FEED = 'poll-test';
const ETAG = '"feed-v1"';
const LAST_MODIFIED = 'Tue, 13 Feb 2018 10:00:00 GMT';
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Polled wire</title><language>en</language>
<item><guid>poll-1</guid><title>Shelling hits a market in Douma</title><pubDate>Tue, 13 Feb 2018 09:00:00 GMT</pubDate>
<description>&lt;p&gt;On Tuesday, shelling hit a market in Douma, activists said.&lt;/p&gt;</description></item>
<item><guid>poll-2</guid><title>Factions take a village south of Idlib</title><pubDate>Tue, 13 Feb 2018 09:30:00 GMT</pubDate>
<description>&lt;p&gt;The factions said they had taken the village after clashes.&lt;/p&gt;</description></item>
</channel></rss>`;

interface FeedRequest {
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  status: number;
}

/** An RSS feed on 127.0.0.1 that honours If-None-Match, and writes down every request. */
function startFeedServer(requests: FeedRequest[]): Promise<Server> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const ifNoneMatch = request.headers['if-none-match'];
    const ifModifiedSince = request.headers['if-modified-since'];
    const status = ifNoneMatch === ETAG ? 304 : 200;
    requests.push({ ifNoneMatch, ifModifiedSince, status });
    response.writeHead(status, {
      etag: ETAG,
      'last-modified': LAST_MODIFIED,
      ...(status === 200 ? { 'content-type': 'application/rss+xml; charset=utf-8' } : {}),
    });
    response.end(status === 200 ? RSS : undefined);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('feeds that produce to wire.raw.v1 or are polled, end to end over the real broker', () => {
  const requests: FeedRequest[] = [];
  let feedServer: Server;
  let pipeline: RunningPipeline;
  let kafka: Kafka;
  let producer: Producer;
  let wireTopic: string;
  let publishedTopic: string;

  beforeAll(async () => {
    feedServer = await startFeedServer(requests);
    const { port } = feedServer.address() as AddressInfo;
    // Read by FeedPollingModule when the ingest app's module is built.
    process.env.POLL_FEEDS = JSON.stringify([
      { feed: POLLED_FEED, url: `http://127.0.0.1:${port}/rss`, intervalSeconds: 1 },
    ]);
    pipeline = await startPipeline(uniqueRunPrefix('wire'));
    wireTopic = physicalTopic(pipeline.prefix, Topics.wireRaw);
    publishedTopic = physicalTopic(pipeline.prefix, Topics.published);
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'e2e-wire-feed' });
    producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
  });

  afterAll(async () => {
    delete process.env.POLL_FEEDS;
    await producer?.disconnect();
    await pipeline?.stop();
    await new Promise((resolve) => feedServer?.close(resolve));
  });

  it('publishes the reference page capture a feed produced to wire.raw.v1', async () => {
    await producer.send({
      topic: wireTopic,
      acks: -1,
      messages: [{ key: 'smart-idlib', value: REFERENCE, headers: PAGE_CAPTURE }],
    });
    const message = await waitForKey(
      kafka,
      publishedTopic,
      pageCaptureId('smart', REFERENCE),
      `${pipeline.prefix}.reader-1`,
    );
    const article = JSON.parse(message.value!.toString('utf8')) as Article;
    expect(article.headlines[0].value).toBe(
      'Free Syrian Army factions and Islamist affiliated battalions eradicate Islamic State in Southeastern Idlib and capture ISIS members',
    );
    expect(article.versionCreated).toBe('2018-02-13T09:56:59.000Z');
    expect(article.newsroom.source.feed).toBe('smart');
  });

  it('dead-letters a page capture with a broken date, naming the date, and goes on with the record after it', async () => {
    const broken = Buffer.from(REFERENCE.toString('utf8').replace(/13 فبراير، 2018/g, '31 فبراير، 2018'));
    const sentinel = Buffer.from(
      REFERENCE.toString('utf8').replace('Free Syrian Army factions and', 'Sentinel: factions and'),
    );
    const [sent] = await producer.send({
      topic: wireTopic,
      acks: -1,
      messages: [{ key: 'broken-date', partition: 0, value: broken, headers: PAGE_CAPTURE }],
    });
    await producer.send({
      topic: wireTopic,
      acks: -1,
      messages: [{ key: 'sentinel', partition: 0, value: sentinel, headers: PAGE_CAPTURE }],
    });

    const letter = await waitForKey(kafka, `${wireTopic}.dlq`, 'broken-date', `${pipeline.prefix}.reader-2`);
    const header = (name: string) => headerText(letter.headers, name);
    expect(header(FailureHeaders.originalTopic)).toBe(wireTopic);
    expect(header(FailureHeaders.originalPartition)).toBe('0');
    expect(header(FailureHeaders.originalOffset)).toBe(sent.baseOffset);
    expect(header(FailureHeaders.error)).toMatch(/^UNUSABLE \(publishedAt\): publish date unusable: .*31 فبراير/);
    expect(header(FailureHeaders.attempts)).toBe('1');
    expect(header('x-feed-id')).toBe('smart');
    expect(letter.value).toEqual(broken);

    // Same partition, after the refused record: it was not held up.
    await waitForKey(kafka, publishedTopic, pageCaptureId('smart', sentinel), `${pipeline.prefix}.reader-3`);
  });

  it('dead-letters a record that does not say which feed sent it', async () => {
    await producer.send({
      topic: wireTopic,
      acks: -1,
      messages: [{ key: 'no-feed', value: REFERENCE, headers: { 'content-type': 'text/plain' } }],
    });
    const letter = await waitForKey(kafka, `${wireTopic}.dlq`, 'no-feed', `${pipeline.prefix}.reader-4`);
    expect(headerText(letter.headers, FailureHeaders.error)).toBe(
      'MALFORMED (x-feed-id): the record has no x-feed-id header naming its feed',
    );
  });

  it('dead-letters a record from a feed that is not registered, as HTTP would refuse its post', async () => {
    await producer.send({
      topic: wireTopic,
      acks: -1,
      messages: [{ key: 'impostor', value: REFERENCE, headers: { ...PAGE_CAPTURE, 'x-feed-id': 'impostor' } }],
    });
    const letter = await waitForKey(kafka, `${wireTopic}.dlq`, 'impostor', `${pipeline.prefix}.reader-5`);
    expect(headerText(letter.headers, FailureHeaders.error)).toMatch(
      /^FEED_REFUSED \(x-feed-id\): no feed named "impostor" is registered/,
    );
  });

  it('polls a configured feed: the first GET accepts both items, the next asks with its ETag and gets 304', async () => {
    for (const guid of ['poll-1', 'poll-2']) {
      await waitForKey(kafka, publishedTopic, articleIdFor(POLLED_FEED, guid), `${pipeline.prefix}.reader-${guid}`);
    }
    await waitFor(() => requests.length >= 2, 'a second poll');
    expect(requests[0]).toEqual({ ifNoneMatch: undefined, ifModifiedSince: undefined, status: 200 });
    expect(requests[1]).toEqual({ ifNoneMatch: ETAG, ifModifiedSince: LAST_MODIFIED, status: 304 });
  });
});
