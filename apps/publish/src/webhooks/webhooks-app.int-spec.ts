import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ArticleEventTypes, Topics, physicalTopic } from '@news/contracts';
import { loadServiceConfig } from '@news/config';
import { createKafka, encodeArticleEvent, pipelineTopicSpecs, provisionTopics, withAdmin } from '@news/messaging';
import { startServiceApp } from '@news/runtime';
import { produceTo, testInfrastructure, uniqueRunPrefix, waitFor } from '@news/testing';
import { loadPublishSettings } from '../publish-config';
import { publishApp } from '../publish.app';
import { aStory } from '../publish.test-helper';
import { dropTopics } from '../../../../test/support/pipeline';
import { dropSchemas } from '../../../../test/support/schemas';
import { Receiver, aChange, readmeVerifyWebhook } from './webhooks.test-helper';

jest.setTimeout(120_000);

const TOKEN = 'webhook-admin-token-0123456789';

/** The publish app itself: its admin API, and a change from its own topic reaching a real receiver. */
describe('publish sending webhooks from its change topic', () => {
  const prefix = uniqueRunPrefix('webhook_app');
  const kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: `${prefix}-test` });
  let app: INestApplication;
  let base: string;
  let target: Receiver;

  const admin = (method: string, path: string, body?: unknown, token = TOKEN) =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    await withAdmin(kafka, (a) => provisionTopics(a, pipelineTopicSpecs(prefix)));
    const env = {
      KAFKA_BROKERS: testInfrastructure.kafkaBrokers.join(','),
      DATABASE_URL: testInfrastructure.databaseUrl,
      REDIS_URL: testInfrastructure.redisUrl,
      TOPIC_PREFIX: prefix,
      PG_SCHEMA_PREFIX: `${prefix}_`,
      PORT: '0',
      PUBLISH_ADMIN_TOKEN: TOKEN,
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
      WEBHOOK_POLL_MS: '50',
      WEBHOOK_BACKOFF_BASE_MS: '100',
      LOG_LEVEL: 'error',
    };
    app = await startServiceApp(publishApp(loadServiceConfig('publish', 0, env), loadPublishSettings(env)));
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    target = await Receiver.start(() => ({ status: 200 }));
  });

  afterAll(async () => {
    await app?.close();
    await target?.stop();
    await dropSchemas(prefix);
    await dropTopics(prefix);
  });

  it('refuses a wrong token and names what is wrong with a bad body', async () => {
    expect((await admin('GET', '/v1/admin/webhooks', undefined, 'wrong-token-wrong-token')).status).toBe(401);
    const cases: [unknown, number, RegExp][] = [
      [{ url: 'ftp://x.example/' }, 400, /http:\/\/ or https:\/\//],
      [{ url: 'https://x.example/', filter: { colour: 'red' } }, 400, /unknown filter "colour"/],
      [{ url: 'https://x.example/', secret: 'mine' }, 400, /unknown field "secret"/],
      [{ url: 'https://x.example/', filter: { language: 'English' } }, 400, /language must be a language code/],
      [[1, 2], 400, /must be a JSON object/],
    ];
    for (const [body, status, detail] of cases) {
      const response = await admin('POST', '/v1/admin/webhooks', body);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(((await response.json()) as { detail: string }).detail).toMatch(detail);
    }
    const unknown = await admin('POST', '/v1/admin/webhooks/6f1c2a4e-0000-4000-8000-000000000000/disable');
    expect(unknown.status).toBe(404);
    expect((await admin('GET', '/v1/admin/webhooks/nope/deliveries')).status).toBe(400);
  });

  it('delivers what publish announces, once for a change read twice, signed as the README checks it', async () => {
    const added = await admin('POST', '/v1/admin/webhooks', { url: target.url, filter: { category: 'wired' } });
    expect(added.status).toBe(201);
    const { subscription, secret } = (await added.json()) as { subscription: { id: string }; secret: string };
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(await (await admin('GET', '/v1/admin/webhooks')).json())).not.toContain(secret);

    // An article from enrich: publish stores it and announces it on its change topic, then reads that back.
    const article = aStory('wired-1', { subjects: [{ name: 'Wired', rel: 'category', literal: 'wired' }] });
    await produceTo(kafka, physicalTopic(prefix, Topics.enriched), [
      encodeArticleEvent({ type: ArticleEventTypes.enriched, source: 'test', article, id: 'enriched-wired-1' }),
    ]);
    await waitFor(() => target.hits.length >= 1, 'the webhook', 60_000);
    const [hit] = target.hits;
    expect(readmeVerifyWebhook()(secret, hit.headers, hit.body)).toBe(true);
    expect(hit.headers['x-webhook-event']).toBe('news.article.published');

    // The same change record twice more on the topic (a producer retry, a replayed partition): no new delivery.
    const change = aChange('wired-1', 'wired');
    await produceTo(kafka, physicalTopic(prefix, Topics.publishedChanges), [
      encodeArticleEvent({ ...change, id: change.id }),
      encodeArticleEvent({ ...change, id: change.id }),
      encodeArticleEvent({ ...aChange('wired-2', 'wired') }),
    ]);
    await waitFor(() => target.hits.length >= 2, 'the next change', 60_000);
    await sleep(500);
    const deliveries = (await (await admin('GET', `/v1/admin/webhooks/${subscription.id}/deliveries`)).json()) as {
      items: { eventId: string; status: string }[];
    };
    expect(deliveries.items.map((d) => d.eventId).sort()).toEqual([change.id, aChange('wired-2', 'wired').id].sort());
    expect(target.hits).toHaveLength(2);
  });
});
