import { readFileSync } from 'node:fs';
import { ClientRequest, IncomingMessage, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Topics, physicalTopic } from '@news/contracts';
import { createKafka } from '@news/messaging';
import { startServiceApp } from '@news/runtime';
import { CreateFeedUseCase } from '../../apps/ingest/src/feeds/create-feed/create-feed.use-case';
import { ingestApp } from '../../apps/ingest/src/ingest.app';
import { loadIngestConfig } from '../../apps/ingest/src/ingest-config';
import { testInfrastructure } from '../support/infrastructure';
import { dropTopics } from '../support/pipeline';
import { dropSchemas } from '../support/schemas';
import { uniqueRunPrefix } from '../support/test-run';
import { waitForRecord } from '../support/topic-reader';
import { waitFor } from '../support/wait-for';

jest.setTimeout(120_000);

const LIMIT = 2;
const REFERENCE = readFileSync(join(__dirname, '../fixtures/smart-2018-02-13-idlib.txt'), 'utf8');
const [REFERENCE_HEADLINE] = REFERENCE.split('\n');

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A post whose body is sent in two halves: until `finish()` it holds one of ingest's slots. */
interface HeldPost {
  finish(): Promise<Answer>;
}

/**
 * Above INGEST_MAX_IN_FLIGHT posts, ingest answers 503 at once instead of
 * queueing. The held posts are real requests whose bodies have not finished
 * arriving (a slow feed), so nothing here depends on how long anything takes.
 */
describe('ingest under more posts than INGEST_MAX_IN_FLIGHT', () => {
  let prefix: string;
  let ingest: INestApplication;
  let url: URL;
  let feedHeaders: Record<string, string>;
  const accepted: string[] = [];

  beforeAll(async () => {
    prefix = uniqueRunPrefix('overload');
    const env = {
      ...process.env,
      KAFKA_BROKERS: testInfrastructure.kafkaBrokers.join(','),
      DATABASE_URL: testInfrastructure.databaseUrl,
      REDIS_URL: testInfrastructure.redisUrl,
      TOPIC_PREFIX: prefix,
      PG_SCHEMA_PREFIX: `${prefix}_`,
      PORT: '0',
      INGEST_MAX_IN_FLIGHT: String(LIMIT),
    };
    ingest = await startServiceApp(ingestApp(loadIngestConfig(env)));
    url = new URL(`http://127.0.0.1:${(ingest.getHttpServer().address() as AddressInfo).port}`);
    const { name, key } = await ingest.get(CreateFeedUseCase).execute({ name: 'smart', rateLimitPerMinute: 1_000_000 });
    feedHeaders = { 'x-feed-id': name, authorization: `Bearer ${key}` };
  });

  afterAll(async () => {
    await ingest?.close();
    await dropSchemas(prefix);
    await dropTopics(prefix);
  });

  function page(headline: string): string {
    return REFERENCE.replace(REFERENCE_HEADLINE, headline);
  }

  function send(): { sent: ClientRequest; answer: Promise<Answer> } {
    const sent = request(url, {
      method: 'POST',
      path: '/v1/articles',
      agent: false,
      headers: { 'content-type': 'text/plain; charset=utf-8', ...feedHeaders },
    });
    const answer = new Promise<Answer>((resolve, reject) => {
      sent.on('error', reject);
      sent.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      });
    });
    return { sent, answer };
  }

  function post(body: string): Promise<Answer> {
    const { sent, answer } = send();
    sent.end(body);
    return answer;
  }

  function hold(body: string): HeldPost {
    const { sent, answer } = send();
    const half = Math.floor(body.length / 2);
    sent.write(body.slice(0, half));
    return {
      finish: () => {
        sent.end(body.slice(half));
        return answer;
      },
    };
  }

  async function inFlight(): Promise<number> {
    const metrics = await (await fetch(new URL('/metrics', url))).text();
    const line = metrics.split('\n').find((l) => l.startsWith('news_http_requests_in_flight{'));
    return line ? Number(line.split(' ').pop()) : 0;
  }

  function remember(answer: Answer): void {
    expect(answer.status).toBe(202);
    accepted.push((JSON.parse(answer.body) as { articleId: string }).articleId);
  }

  it('answers 503 problem+json with Retry-After while the limit is held, and accepts again once it is not', async () => {
    const held = Array.from({ length: LIMIT }, (_, n) => hold(page(`Held report ${n} from Idlib`)));
    await waitFor(async () => (await inFlight()) === LIMIT, `${LIMIT} posts in flight`);

    const refused = await post(page('A report that finds ingest busy'));

    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(refused.body)).toMatchObject({
      status: 503,
      detail: expect.stringContaining('INGEST_MAX_IN_FLIGHT'),
    });
    // The probes are not limited: an orchestrator must still see a busy ingest as alive and ready.
    expect((await fetch(new URL('/health/live', url))).status).toBe(200);

    for (const answer of await Promise.all(held.map((h) => h.finish()))) remember(answer);
    await waitFor(async () => (await inFlight()) === 0, 'the held posts to leave');
    remember(await post(page('A report after the rush')));
  });

  it('relays every article it answered 202 for to news.ingested', async () => {
    expect(accepted).toHaveLength(LIMIT + 1);
    const seen = new Set<string>();
    await waitForRecord(
      createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'e2e-overload' }),
      physicalTopic(prefix, Topics.ingested),
      `${prefix}.reader`,
      (message) => {
        seen.add(message.key?.toString() ?? '');
        return accepted.every((id) => seen.has(id));
      },
      60_000,
      `for each of ${accepted.join(', ')}`,
    );
  });
});
