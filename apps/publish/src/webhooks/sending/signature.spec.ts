import { createHmac } from 'node:crypto';
import { WebhookHeaders, deliveryHeaders, signDelivery } from './signature';

describe('webhook signatures', () => {
  it('is HMAC-SHA256 with the secret over "<timestamp>.<body>", as sha256=<hex>', () => {
    const expected = createHmac('sha256', 'secret').update('1700000000.{"a":1}').digest('hex');
    expect(signDelivery('secret', 1700000000, '{"a":1}')).toBe(`sha256=${expected}`);
  });

  it('names the event, the delivery and the timestamp the signature covers', () => {
    const headers = deliveryHeaders({
      eventType: 'news.article.published',
      deliveryId: '6f1c2a4e-0000-4000-8000-000000000000',
      secret: 's',
      body: '{}',
      now: new Date('2023-11-14T22:13:20.900Z'),
    });
    expect(headers).toMatchObject({
      'Content-Type': 'application/json',
      [WebhookHeaders.event]: 'news.article.published',
      [WebhookHeaders.delivery]: '6f1c2a4e-0000-4000-8000-000000000000',
      [WebhookHeaders.timestamp]: '1700000000',
      [WebhookHeaders.signature]: signDelivery('s', 1700000000, '{}'),
    });
  });

  it('changes with the body, the timestamp and the secret', () => {
    const base = signDelivery('s', 1, 'b');
    expect(new Set([base, signDelivery('s', 2, 'b'), signDelivery('s', 1, 'c'), signDelivery('t', 1, 'b')]).size).toBe(
      4,
    );
  });
});
