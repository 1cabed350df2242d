import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Pool } from 'pg';
import { startServiceApp } from '@news/runtime';
import { testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { signRequest } from '../../apps/ingest/src/feeds/credentials/request-signature';
import { ingestApp } from '../../apps/ingest/src/ingest.app';
import { loadIngestConfig } from '../../apps/ingest/src/ingest-config';
import { dropTopics } from '../support/pipeline';

jest.setTimeout(60_000);

const REFERENCE = readFileSync(join(__dirname, '../fixtures/smart-2018-02-13-idlib.txt'));
const ADMIN_TOKEN = randomBytes(24).toString('hex');

/**
 * The article each feed posts: the reference for smart, and for the others the
 * reference cut to two body paragraphs of their own. The same story from a
 * second feed would be stored as a duplicate of the first and answered 200.
 */
function storyOf(feed: string | undefined): Buffer {
  const n = ['signer', 'trickle', 'retired'].indexOf(feed ?? '') + 1;
  if (n === 0) return REFERENCE;
  let paragraph = 0;
  const lines = REFERENCE.toString('utf8')
    .split('\n')
    .filter((line) => !/^[A-Z]/.test(line) || line.length < 200 || [2 * n, 2 * n + 1].includes(++paragraph));
  return Buffer.from(lines.join('\n'));
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
}

describe('who may post to ingest, against the real Postgres, Redis and Kafka', () => {
  const prefix = uniqueRunPrefix('feeds');
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    const config = loadIngestConfig({
      ...process.env,
      KAFKA_BROKERS: testInfrastructure.kafkaBrokers.join(','),
      DATABASE_URL: testInfrastructure.databaseUrl,
      REDIS_URL: testInfrastructure.redisUrl,
      TOPIC_PREFIX: prefix,
      PG_SCHEMA_PREFIX: `${prefix}_`,
      PORT: '0',
      FEED_AUTH: 'required',
      FEED_SECRET_KEY: randomBytes(32).toString('base64'),
      ADMIN_TOKEN,
    });
    app = await startServiceApp(ingestApp(config));
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.close();
    await dropSchemaAndTopics(prefix);
  });

  function admin(method: 'GET' | 'POST', path: string, body?: unknown, token = ADMIN_TOKEN): Promise<Response> {
    return fetch(`${url}/v1/admin/feeds${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  }

  async function createFeed(
    name: string,
    settings: { requireSignature?: boolean; rateLimitPerMinute?: number } = {},
  ): Promise<{ key: string; signingSecret?: string }> {
    const response = await admin('POST', '', { name, ...settings });
    expect(response.status).toBe(201);
    return (await response.json()) as { key: string; signingSecret?: string };
  }

  function post(headers: Record<string, string>, body: Buffer = storyOf(headers['x-feed-id'])): Promise<Response> {
    return fetch(`${url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
      body,
    });
  }

  const as = (feed: string, key: string): Record<string, string> => ({
    'x-feed-id': feed,
    authorization: `Bearer ${key}`,
  });

  async function expectProblem(response: Response, status: number, detail: RegExp): Promise<Problem> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await response.json()) as Problem;
    expect(problem).toMatchObject({ status, detail: expect.stringMatching(detail) });
    return problem;
  }

  describe('a feed that posts with a key', () => {
    let key: string;

    beforeAll(async () => {
      ({ key } = await createFeed('smart'));
    });

    it('is refused with 401 when it sends no key, and told what to send', async () => {
      const response = await post({ 'x-feed-id': 'smart' });
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      await expectProblem(response, 401, /X-Feed-Id.*Bearer/);
    });

    it('is refused with 401 for a wrong key, in the same words as for a feed that does not exist', async () => {
      const wrongKey = await expectProblem(await post(as('smart', `${key.slice(0, -2)}xx`)), 401, /not valid/);
      const unknownFeed = await expectProblem(await post(as('nobody', key)), 401, /not valid/);
      expect(wrongKey).toEqual(unknownFeed);
    });

    it('is accepted with 202 with its key, and its articles carry its name', async () => {
      const response = await post(as('smart', key));
      expect(response.status).toBe(202);
      expect(await response.json()).toMatchObject({ version: 1, outcome: 'created' });
    });

    it('may send the key as X-Api-Key instead', async () => {
      const response = await post({ 'x-feed-id': 'smart', 'x-api-key': key });
      expect(response.status).toBe(200); // the same article again
    });

    it('keeps its old key working through the grace period after a rotation, beside the new one', async () => {
      const rotation = await admin('POST', '/smart/rotate-key');
      expect(rotation.status).toBe(200);
      const rotated = (await rotation.json()) as { key: string; previousKeyValidUntil: string };
      expect(rotated.key).not.toBe(key);
      expect(new Date(rotated.previousKeyValidUntil).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
      expect((await post(as('smart', key))).status).toBe(200);
      expect((await post(as('smart', rotated.key))).status).toBe(200);
    });
  });

  describe('a feed that signs', () => {
    let key: string;
    let secret: string;
    const now = () => Math.floor(Date.now() / 1000);
    const signed = (at: number, body: Buffer = storyOf('signer')): Record<string, string> => ({
      ...as('signer', key),
      'x-signature-timestamp': String(at),
      'x-signature': signRequest(secret, at, 'text/plain; charset=utf-8', body),
    });

    beforeAll(async () => {
      const created = await createFeed('signer', { requireSignature: true });
      key = created.key;
      secret = created.signingSecret!;
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
    });

    it('is accepted with a good signature', async () => {
      expect((await post(signed(now()))).status).toBe(202);
    });

    it('is refused with 401 when the body is not what was signed', async () => {
      const headers = signed(now(), Buffer.from('another body'));
      await expectProblem(await post(headers), 401, /does not match/);
    });

    it('is refused with 401 without a signature, even with the right key', async () => {
      await expectProblem(await post(as('signer', key)), 401, /X-Signature/);
    });

    it('is refused with 409 when a signed request it admitted is sent again, so a copy cannot roll a story back', async () => {
      const version = (words: string) =>
        Buffer.from(storyOf('signer').toString('utf8').replace('fierce clashes', words));
      const [before, corrected] = [version('heavy clashes'), version('intense clashes')];
      const copied = signed(now() - 5, before); // not the second another test signed the same body in
      expect((await post(copied, before)).status).toBe(202);
      expect((await post(signed(now() - 4, corrected), corrected)).status).toBe(202);
      const problem = await expectProblem(await post(copied, before), 409, /sent this signed request before/);
      expect(problem.type).toMatch(/replayed-request$/);
    });

    it('is refused with 401 when the same signed body is relabelled as another format', async () => {
      await expectProblem(await post({ ...signed(now()), 'content-type': 'application/json' }), 401, /does not match/);
    });

    it('is refused with 401 when the timestamp is outside the replay window, though correctly signed', async () => {
      const problem = await expectProblem(await post(signed(now() - 600)), 401, /s old; the window is 300 s/);
      expect(problem.type).toMatch(/outside-replay-window$/);
    });
  });

  it('refuses a feed over its rate limit with 429 and Retry-After', async () => {
    const { key } = await createFeed('trickle', { rateLimitPerMinute: 2 });
    expect((await post(as('trickle', key))).status).toBe(202);
    expect((await post(as('trickle', key))).status).toBe(200);
    const response = await post(as('trickle', key));
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    await expectProblem(response, 429, /2 times a minute/);
  });

  it('refuses a disabled feed with 403, even with its right key', async () => {
    const { key } = await createFeed('retired');
    expect((await post(as('retired', key))).status).toBe(202);
    expect((await admin('POST', '/retired/disable')).status).toBe(200);
    await expectProblem(await post(as('retired', key)), 403, /disabled/);
  });

  it('lists the feeds without any key, hash or secret', async () => {
    const response = await admin('GET', '');
    const text = await response.text();
    expect(response.status).toBe(200);
    expect((JSON.parse(text) as { name: string }[]).map((f) => f.name)).toEqual([
      'retired',
      'signer',
      'smart',
      'trickle',
    ]);
    expect(text).not.toMatch(/nfk_|hash|secret/i);
  });

  it('keeps the admin API shut without the admin token', async () => {
    await expectProblem(await admin('GET', '', undefined, 'not-the-admin-token'), 401, /ADMIN_TOKEN/);
  });

  it('describes its API at /openapi.json, POST /v1/articles with its feed credentials among it', async () => {
    const response = await fetch(`${url}/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(document.openapi).toMatch(/^3\./);
    const postArticles = document.paths['/v1/articles'].post;
    expect(postArticles).toBeDefined();
    expect(Object.keys(postArticles.responses)).toEqual(
      expect.arrayContaining(['200', '202', '400', '401', '403', '413', '415', '422', '429']),
    );
    expect(postArticles.security).toEqual([
      { feedId: [], feedKey: [] },
      { feedId: [], feedApiKey: [] },
    ]);
    expect(document.components.securitySchemes).toMatchObject({
      feedId: { type: 'apiKey', in: 'header', name: 'X-Feed-Id' },
      feedKey: { type: 'http', scheme: 'bearer' },
    });
    expect((await fetch(`${url}/docs`)).status).toBe(200);
  });
});

async function dropSchemaAndTopics(prefix: string): Promise<void> {
  const pool = new Pool({ connectionString: testInfrastructure.databaseUrl });
  try {
    await pool.query(`DROP SCHEMA IF EXISTS "${prefix}_ingest" CASCADE`);
  } finally {
    await pool.end();
  }
  await dropTopics(prefix);
}
