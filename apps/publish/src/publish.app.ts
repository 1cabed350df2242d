import { ServiceConfig } from '@news/config';
import { ServiceAppOptions } from '@news/runtime';
import { PublishSettings, loadPublishSettings } from './publish-config';
import { readProblems } from './published/read-problems';
import { PublishModule } from './publish.module';
import { webhookProblems } from './webhooks/http/webhook-problems';

export function publishApp(
  config: ServiceConfig,
  settings: PublishSettings = loadPublishSettings(),
): ServiceAppOptions {
  return {
    module: PublishModule.forConfig(config, settings),
    config,
    consumes: true,
    problems: (error) => readProblems(error) ?? webhookProblems(error),
  };
}
