import { DataSource } from 'typeorm';
import { ServiceConfig } from '@news/config';
import { openServiceDataSource, schemaName } from '@news/persistence';
import { PUBLISH_MIGRATIONS } from '../../publish.module';
import { DeliveryStore } from '../deliveries/delivery-store';
import { SubscriptionStore } from '../subscriptions/subscription-store';
import { WebhookAdmin } from '../subscriptions/webhook-admin';

/**
 * WebhookAdmin outside Nest, on publish's own schema and migrations (run
 * here too, so the CLI works before publish has ever started): what
 * `npm run webhooks` uses.
 */
export class WebhooksAdminSession {
  private constructor(
    private readonly dataSource: DataSource,
    readonly admin: WebhookAdmin,
  ) {}

  static async open(config: ServiceConfig, allowPrivateNetworks: boolean): Promise<WebhooksAdminSession> {
    const schema = schemaName(config.database.schemaPrefix, 'publish');
    const dataSource = await openServiceDataSource({
      url: config.database.url,
      schema,
      entities: [],
      migrations: PUBLISH_MIGRATIONS,
      migrate: config.database.migrate,
      poolSize: 2,
    });
    const admin = new WebhookAdmin(
      dataSource,
      new SubscriptionStore(schema),
      new DeliveryStore(schema),
      allowPrivateNetworks,
    );
    return new WebhooksAdminSession(dataSource, admin);
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
