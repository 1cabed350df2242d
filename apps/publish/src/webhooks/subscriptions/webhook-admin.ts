import { randomUUID } from 'node:crypto';
import { Queryable } from '../../published/published-store';
import { DeliveryStore, DeliverySummary } from '../deliveries/delivery-store';
import { WebhookError } from '../webhook-errors';
import { FilterField, subscriptionFilterFrom } from './subscription-filter';
import { SubscriptionStore, SubscriptionSummary } from './subscription-store';
import { generateSigningSecret } from './signing-secret';
import { targetUrlFrom } from './target-url';

export type NewSubscription = { url: unknown } & Partial<Record<FilterField, unknown>>;

/** What add and rotate-secret answer: the secret, shown this once. */
export interface SubscriptionWithSecret {
  subscription: SubscriptionSummary;
  secret: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DELIVERIES_SHOWN = 50;

/**
 * The operators' side of webhooks, shared by `npm run webhooks` and the
 * admin HTTP API so both check input alike: subscribe, list, disable,
 * rotate a secret, read a subscription's deliveries, replay one.
 */
export class WebhookAdmin {
  constructor(
    private readonly db: Queryable,
    private readonly subscriptions: SubscriptionStore,
    private readonly deliveries: DeliveryStore,
    private readonly allowPrivateNetworks: boolean,
  ) {}

  async add(input: NewSubscription): Promise<SubscriptionWithSecret> {
    const url = targetUrlFrom(input.url, this.allowPrivateNetworks);
    const filter = subscriptionFilterFrom(input);
    const id = randomUUID();
    const secret = generateSigningSecret();
    await this.subscriptions.insert(this.db, id, url, secret, filter);
    return { subscription: (await this.subscriptions.find(this.db, id))!, secret };
  }

  list(): Promise<SubscriptionSummary[]> {
    return this.subscriptions.list(this.db);
  }

  async disable(id: string): Promise<SubscriptionSummary> {
    return found(await this.subscriptions.disable(this.db, checkedId(id, 'subscription')), id);
  }

  async rotateSecret(id: string): Promise<SubscriptionWithSecret> {
    const secret = generateSigningSecret();
    const subscription = found(
      await this.subscriptions.rotateSecret(this.db, checkedId(id, 'subscription'), secret),
      id,
    );
    return { subscription, secret };
  }

  /** The latest deliveries of a subscription, newest first, each with its attempt log. */
  async deliveriesOf(id: string): Promise<DeliverySummary[]> {
    found(await this.subscriptions.find(this.db, checkedId(id, 'subscription')), id);
    return this.deliveries.forSubscription(this.db, id, DELIVERIES_SHOWN);
  }

  /** A dead or delivered delivery sent again, under its own id; a pending one is already on its way. */
  async replay(id: string): Promise<DeliverySummary> {
    checkedId(id, 'delivery');
    if (!(await this.deliveries.replay(this.db, id))) {
      const delivery = await this.deliveries.find(this.db, id);
      if (!delivery) throw new WebhookError('DELIVERY_NOT_FOUND', `no webhook delivery has id ${id}`, 'id');
      throw new WebhookError('DELIVERY_PENDING', `delivery ${id} is still pending: it will be tried again`, 'id');
    }
    return (await this.deliveries.find(this.db, id))!;
  }
}

function checkedId(id: string, what: 'subscription' | 'delivery'): string {
  if (!UUID.test(id)) throw new WebhookError('INVALID_ID', `"${id.slice(0, 64)}" is not a ${what} id (a UUID)`, 'id');
  return id.toLowerCase();
}

function found(subscription: SubscriptionSummary | null, id: string): SubscriptionSummary {
  if (!subscription) throw new WebhookError('SUBSCRIPTION_NOT_FOUND', `no webhook subscription has id ${id}`, 'id');
  return subscription;
}
