import 'reflect-metadata';
import { runService } from '@news/runtime';
import { loadPublishConfig } from './publish-config';
import { publishApp } from './publish.app';

void runService(() => {
  const config = loadPublishConfig();
  return publishApp(config, config.publish);
});
