import { ServiceConfig } from '@news/config';
import { ServiceAppOptions } from '@news/runtime';
import { readProblems } from './published/read-problems';
import { PublishModule } from './publish.module';

export function publishApp(config: ServiceConfig): ServiceAppOptions {
  return { module: PublishModule.forConfig(config), config, consumes: true, problems: readProblems };
}
