import { setTimeout as sleep } from 'node:timers/promises';
import { waitFor } from '@news/testing';
import { PublishHarness, publishHarness } from '../publish.test-helper';
import { DeliverySummary } from './deliveries/delivery-store';
import { Receiver, WebhookRig, aChange, readmeVerifyWebhook } from './webhooks.test-helper';

jest.setTimeout(90_000);

/** Webhooks against real Postgres and real HTTP receivers on 127.0.0.1 (private networks allowed unless said). */
describe('webhook deliveries to real receivers', () => {
  let h: PublishHarness;
  let rig: WebhookRig;
  const receivers: Receiver[] = [];
  const receiver = async (...args: Parameters<typeof Receiver.start>) => {
    const started = await Receiver.start(...args);
    receivers.push(started);
    return started;
  };
  const deliveriesOf = (id: string) => rig.admin.deliveriesOf(id);
  const onlyDelivery = async (id: string): Promise<DeliverySummary> => {
    const [delivery, ...more] = await deliveriesOf(id);
    expect(more).toEqual([]);
    return delivery;
  };
  const settled = (id: string, status: 'delivered' | 'dead') =>
    waitFor(async () => (await deliveriesOf(id))[0]?.status === status, `a ${status} delivery`, 30_000);

  beforeAll(async () => {
    h = await publishHarness('webhooks');
    rig = new WebhookRig(h);
  });

  afterEach(async () => {
    await rig.reset();
    await Promise.all(receivers.splice(0).map((r) => r.stop()));
  });

  afterAll(async () => {
    await h.close();
  });

  it("signs each delivery so the README's receiver check passes, and sends a change recorded twice once", async () => {
    const verify = readmeVerifyWebhook();
    const target = await receiver(() => ({ status: 204 }));
    const { subscription, secret } = await rig.admin.add({ url: target.url, category: 'signed' });
    const change = aChange('signed-1', 'signed');
    await rig.record.execute(change);
    await rig.record.execute(change); // the Kafka record read again after a crash before its commit
    rig.worker();
    await settled(subscription.id, 'delivered');

    expect(target.hits).toHaveLength(1);
    const [hit] = target.hits;
    const delivery = await onlyDelivery(subscription.id);
    expect(verify(secret, hit.headers, hit.body)).toBe(true);
    expect(verify('another-secret', hit.headers, hit.body)).toBe(false);
    expect(verify(secret, hit.headers, Buffer.concat([hit.body, Buffer.from(' ')]))).toBe(false);
    expect(hit.headers).toMatchObject({
      'content-type': 'application/json',
      'x-webhook-event': 'news.article.published',
      'x-webhook-delivery': delivery.id,
    });
    expect(Math.abs(Number(hit.headers['x-webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    expect(JSON.parse(hit.body.toString('utf8'))).toEqual(change.article);
    expect(delivery).toMatchObject({ eventId: change.id, attempts: 1, lastResult: 'HTTP 204' });
  });

  it('tries a 503 again after growing waits until it is accepted, logging every attempt', async () => {
    const target = await receiver((n) => (n < 3 ? { status: 503 } : { status: 200 }));
    const { subscription } = await rig.admin.add({ url: target.url, category: 'flaky' });
    await rig.record.execute(aChange('flaky-1', 'flaky'));
    const baseMs = 300;
    rig.worker({ schedule: { maxAttempts: 6, baseMs, maxMs: 10_000 } });
    await settled(subscription.id, 'delivered');

    expect(target.hits).toHaveLength(4);
    const gaps = target.hits.slice(1).map((hit, i) => hit.at - target.hits[i].at);
    // Each wait is at least half its ceiling (base, 2 × base, 4 × base); a busy machine only adds to them.
    expect(gaps[0]).toBeGreaterThanOrEqual(baseMs * 0.5 - 20);
    expect(gaps[1]).toBeGreaterThanOrEqual(baseMs * 1 - 20);
    expect(gaps[2]).toBeGreaterThanOrEqual(baseMs * 2 - 20);
    expect(gaps[2]).toBeGreaterThan(gaps[0]);
    const delivery = await onlyDelivery(subscription.id);
    expect(delivery.log.map((a) => [a.attempt, a.statusCode, a.verdict])).toEqual([
      [1, 503, 'retry'],
      [2, 503, 'retry'],
      [3, 503, 'retry'],
      [4, 200, 'delivered'],
    ]);
    // The same delivery id on every attempt: a receiver that saw attempt 1 through would drop the rest.
    expect(new Set(target.hits.map((hit) => hit.headers['x-webhook-delivery'])).size).toBe(1);
  });

  it('honours Retry-After and gives up after the last attempt, leaving the delivery dead and visible', async () => {
    const target = await receiver(() => ({ status: 429, headers: { 'Retry-After': '1' } }));
    const { subscription } = await rig.admin.add({ url: target.url, category: 'limited' });
    await rig.record.execute(aChange('limited-1', 'limited'));
    rig.worker({ schedule: { maxAttempts: 2, baseMs: 10, maxMs: 10_000 } });
    await settled(subscription.id, 'dead');

    expect(target.hits).toHaveLength(2);
    expect(target.hits[1].at - target.hits[0].at).toBeGreaterThanOrEqual(1000 - 20);
    expect(await onlyDelivery(subscription.id)).toMatchObject({
      status: 'dead',
      attempts: 2,
      lastResult: 'HTTP 429 on the last of 2 attempts',
    });
  });

  it('does not retry a 400: one attempt, dead, and a replay sends it once more under the same id', async () => {
    const target = await receiver(() => ({ status: 400 }));
    const { subscription } = await rig.admin.add({ url: target.url, category: 'rejected' });
    await rig.record.execute(aChange('rejected-1', 'rejected'));
    rig.worker();
    await settled(subscription.id, 'dead');
    await sleep(1000); // time for retries that must not happen (the base wait is 100 ms)

    expect(target.hits).toHaveLength(1);
    const dead = await onlyDelivery(subscription.id);
    expect(dead).toMatchObject({ status: 'dead', attempts: 1, lastResult: 'HTTP 400, not retried' });

    expect((await rig.admin.replay(dead.id)).status).toBe('pending');
    await waitFor(() => target.hits.length === 2, 'the replay');
    await settled(subscription.id, 'dead');
    expect(target.hits[1].headers['x-webhook-delivery']).toBe(dead.id);
    await expect(rig.admin.replay('not-a-uuid')).rejects.toMatchObject({ code: 'INVALID_ID' });
  });

  it('keeps a hanging subscriber and a dead one from delaying a healthy one', async () => {
    const healthy = await receiver(() => ({ status: 200 }));
    const hanging = await receiver(() => 'hang');
    const gone = await receiver(() => ({ status: 200 }));
    await gone.stop(); // nothing listens on its port any more: connection refused
    const subscribe = async (url: string) => (await rig.admin.add({ url, category: 'isolated' })).subscription;
    const slow = await subscribe(hanging.url);
    const dead = await subscribe(gone.url);
    const fine = await subscribe(healthy.url);
    const timeoutMs = 8000;
    rig.worker({ timeoutMs, concurrency: 4 });
    const started = Date.now();
    await rig.record.execute(aChange('isolated-1', 'isolated'));
    await rig.record.execute(aChange('isolated-2', 'isolated'));

    await waitFor(() => healthy.hits.length === 2, 'both changes at the healthy subscriber', timeoutMs);
    // Both arrived while the hanging subscriber's first attempt was still waiting for its timeout.
    expect(Date.now() - started).toBeLessThan(timeoutMs);
    expect(hanging.hits).toHaveLength(1);
    expect((await deliveriesOf(slow.id)).flatMap((d) => d.log)).toEqual([]);
    const refused = (await deliveriesOf(dead.id)).flatMap((d) => d.log);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].error).toMatch(/ECONNREFUSED/);
    expect((await deliveriesOf(fine.id)).map((d) => d.status)).toEqual(['delivered', 'delivered']);
  });

  it('refuses a loopback target when private networks are not allowed, after DNS too, without retrying', async () => {
    const target = await receiver(() => ({ status: 200 }));
    const byAddress = (await rig.admin.add({ url: target.url, category: 'private' })).subscription;
    const byName = (await rig.admin.add({ url: target.url.replace('127.0.0.1', 'localhost'), category: 'private' }))
      .subscription;
    await rig.record.execute(aChange('private-1', 'private'));
    rig.worker({ allowPrivateNetworks: false });
    await settled(byAddress.id, 'dead');
    await settled(byName.id, 'dead');

    expect(target.hits).toEqual([]);
    expect(await onlyDelivery(byAddress.id)).toMatchObject({
      attempts: 1,
      lastResult: 'refused: 127.0.0.1 is loopback',
    });
    expect((await onlyDelivery(byName.id)).lastResult).toMatch(/^refused: localhost resolves to .*loopback/);
  });

  it('records a change only for enabled subscriptions whose filter wants it', async () => {
    const target = await receiver(() => ({ status: 200 }));
    const english = (await rig.admin.add({ url: target.url, category: 'filtered', language: 'en' })).subscription;
    const arabic = (await rig.admin.add({ url: target.url, category: 'filtered', language: 'ar' })).subscription;
    const disabled = (await rig.admin.add({ url: target.url, category: 'filtered' })).subscription;
    await rig.admin.disable(disabled.id);
    await rig.record.execute(aChange('filtered-1', 'filtered'));

    expect(await deliveriesOf(english.id)).toHaveLength(1);
    expect(await deliveriesOf(arabic.id)).toEqual([]);
    expect(await deliveriesOf(disabled.id)).toEqual([]);
  });
});
