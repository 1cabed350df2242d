import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { Topics, physicalTopic } from '@news/contracts';
import { createKafka } from '@news/messaging';
import { testInfrastructure } from '../support/infrastructure';
import { RunningPipeline, startPipeline } from '../support/pipeline';
import { uniqueRunPrefix } from '../support/test-run';
import { waitForKey } from '../support/topic-reader';

jest.setTimeout(120_000);

const REFERENCE = readFileSync(join(__dirname, '../fixtures/smart-2018-02-13-idlib.txt'), 'utf8');
const [REFERENCE_HEADLINE] = REFERENCE.split('\n');

/** The reference page with another headline and, optionally, `extraBytes` more of body paragraphs after the dateline. */
function pageCapture(headline: string, extraBytes = 0): string {
  const paragraphs: string[] = [];
  for (let n = 0, bytes = 0; bytes < extraBytes; n++) {
    const paragraph = `Paragraph ${n} of the long report: the factions said the clashes went on through the night in the villages south of Idlib, residents said.`;
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  const page = REFERENCE.replace(REFERENCE_HEADLINE, headline);
  return paragraphs.length ? page.replace('Idlib, SMART\n\n', `Idlib, SMART\n\n${paragraphs.join('\n\n')}\n\n`) : page;
}

/**
 * An article too large for a Kafka record used to be accepted, then block
 * every event behind it in the outbox. Now it is refused at the door, and an
 * outbox entry the broker refuses anyway is parked while the rest flow.
 */
describe('articles too large for Kafka, end to end over the real broker', () => {
  let pipeline: RunningPipeline;
  let kafka: Kafka;
  let ingestDb: DataSource;
  let outbox: string;

  beforeAll(async () => {
    pipeline = await startPipeline(uniqueRunPrefix('oversized'));
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'e2e-oversized' });
    ingestDb = pipeline.apps[0].get(DataSource);
    outbox = `"${pipeline.prefix}_ingest".outbox`;
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  function post(body: string): Promise<Response> {
    return fetch(`${pipeline.ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', ...pipeline.feedHeaders },
      body,
    });
  }

  async function postAndWaitForPublication(headline: string): Promise<void> {
    const response = await post(pageCapture(headline));
    expect(response.status).toBe(202);
    const { articleId } = (await response.json()) as { articleId: string };
    const message = await waitForKey(
      kafka,
      physicalTopic(pipeline.prefix, Topics.published),
      articleId,
      `${pipeline.prefix}.reader-${articleId}`,
      60_000,
    );
    expect(message.key?.toString()).toBe(articleId);
  }

  it('refuses a 615 KB page capture with 413 naming the limit, stores nothing, and the next article is published', async () => {
    const huge = pageCapture('A very long report from Idlib', 615 * 1024);
    expect(Buffer.byteLength(huge)).toBeGreaterThan(615 * 1024);

    const response = await post(huge);

    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await response.json()) as { detail: string };
    expect(problem.detail).toMatch(/ingest takes articles whose event is at most 786432 bytes/);
    expect(problem.detail).toMatch(/KAFKA_MAX_MESSAGE_BYTES/);
    const [{ count }] = await ingestDb.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM ${outbox}`);
    expect(count).toBe(0);
    await postAndWaitForPublication('Factions take a village south of Idlib');
  });

  it('parks an outbox entry the broker would refuse; the entries behind it are published and ingest says degraded', async () => {
    const tooLarge = { key: 'refused-entry', value: 'x'.repeat(1_100_000), headers: { ce_id: 'refused-entry' } };
    await ingestDb.query(`INSERT INTO ${outbox} (topic, message) VALUES ($1, $2)`, [
      Topics.ingested,
      JSON.stringify(tooLarge),
    ]);

    await postAndWaitForPublication('Shelling hits a market in Maarrat al-Nu’man');

    const parked = await ingestDb.query<{ key: string; park_reason: string }[]>(
      `SELECT message->>'key' AS key, park_reason FROM ${outbox} WHERE parked_at IS NOT NULL`,
    );
    expect(parked).toEqual([
      { key: 'refused-entry', park_reason: expect.stringMatching(/over the 1048576-byte limit/) },
    ]);
    const ready = await fetch(`${pipeline.ingestUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'degraded',
      checks: { outbox: expect.stringMatching(/1 event\(s\) parked/) },
    });
  });
});
