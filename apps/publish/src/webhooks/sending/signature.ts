import { createHmac } from 'node:crypto';

export const WebhookHeaders = {
  /** The change's ce_type, e.g. news.article.published. */
  event: 'X-Webhook-Event',
  /** The delivery's id: the same on every retry and replay, so a receiver can drop a repeat. */
  delivery: 'X-Webhook-Delivery',
  /** Unix seconds when this attempt was signed. */
  timestamp: 'X-Webhook-Timestamp',
  signature: 'X-Signature',
} as const;

/**
 * `sha256=` + hex HMAC-SHA256(secret, "<timestamp>.<body>"). The timestamp
 * is signed with the body, so a captured request cannot be replayed later
 * with a fresh timestamp; the receiver checks both.
 */
export function signDelivery(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

export interface SignedDelivery {
  eventType: string;
  deliveryId: string;
  secret: string;
  body: string;
  now: Date;
}

/** Every header of one attempt; signed anew each time, since the timestamp moves. */
export function deliveryHeaders(delivery: SignedDelivery): Record<string, string> {
  const timestamp = Math.floor(delivery.now.getTime() / 1000);
  return {
    'Content-Type': 'application/json',
    'User-Agent': 'newsroom-webhooks/1',
    [WebhookHeaders.event]: delivery.eventType,
    [WebhookHeaders.delivery]: delivery.deliveryId,
    [WebhookHeaders.timestamp]: String(timestamp),
    [WebhookHeaders.signature]: signDelivery(delivery.secret, timestamp, delivery.body),
  };
}
