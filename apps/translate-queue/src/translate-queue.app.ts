import { ServiceAppOptions } from '@news/runtime';
import { TranslateQueueConfig } from './translate-queue-config';
import { TranslateQueueModule } from './translate-queue.module';

export function translateQueueApp(config: TranslateQueueConfig): ServiceAppOptions {
  return { module: TranslateQueueModule.forConfig(config), config, consumes: true };
}
