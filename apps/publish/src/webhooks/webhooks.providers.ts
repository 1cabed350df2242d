import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap, Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { schemaName } from '@news/persistence';
import { DeliveryStore } from './deliveries/delivery-store';
import { DeliveryWorker } from './deliveries/delivery-worker';
import { RecordDeliveries } from './deliveries/record-deliveries';
import { WebhookChangesController } from './http/webhook-changes.controller';
import { WebhooksAdminController } from './http/webhooks-admin.controller';
import { WebhookSender } from './sending/webhook-sender';
import { SubscriptionStore } from './subscriptions/subscription-store';
import { WebhookAdmin } from './subscriptions/webhook-admin';
import { WebhookSettings } from './webhook-settings';

/** Starts the delivery worker with the app, and lets its sends in flight finish before the connections close. */
@Injectable()
class WebhookLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(DeliveryWorker) private readonly worker: DeliveryWorker) {}
  onApplicationBootstrap(): void {
    this.worker.start();
  }
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.stop();
  }
}

export const WEBHOOK_CONTROLLERS = [WebhookChangesController, WebhooksAdminController];

const publishSchema = (c: ServiceConfig) => schemaName(c.database.schemaPrefix, 'publish');

/** The webhooks feature's wiring; the classes themselves know nothing of Nest. */
export function webhookProviders(settings: WebhookSettings): Provider[] {
  return [
    {
      provide: SubscriptionStore,
      useFactory: (c: ServiceConfig) => new SubscriptionStore(publishSchema(c)),
      inject: [SERVICE_CONFIG],
    },
    {
      provide: DeliveryStore,
      useFactory: (c: ServiceConfig) => new DeliveryStore(publishSchema(c)),
      inject: [SERVICE_CONFIG],
    },
    {
      provide: DeliveryWorker,
      useFactory: (dataSource: DataSource, store: DeliveryStore) =>
        new DeliveryWorker(dataSource, store, new WebhookSender(settings), {
          concurrency: settings.concurrency,
          pollMs: settings.pollMs,
          timeoutMs: settings.timeoutMs,
          schedule: { maxAttempts: settings.maxAttempts, baseMs: settings.backoffBaseMs, maxMs: settings.backoffMaxMs },
        }),
      inject: [DataSource, DeliveryStore],
    },
    {
      provide: RecordDeliveries,
      useFactory: (
        dataSource: DataSource,
        subscriptions: SubscriptionStore,
        store: DeliveryStore,
        worker: DeliveryWorker,
      ) => new RecordDeliveries(dataSource, subscriptions, store, () => worker.nudge()),
      inject: [DataSource, SubscriptionStore, DeliveryStore, DeliveryWorker],
    },
    {
      provide: WebhookAdmin,
      useFactory: (dataSource: DataSource, subscriptions: SubscriptionStore, store: DeliveryStore) =>
        new WebhookAdmin(dataSource, subscriptions, store, settings.allowPrivateNetworks),
      inject: [DataSource, SubscriptionStore, DeliveryStore],
    },
    WebhookLifecycle,
  ];
}
