import { ServiceConfig } from '@news/config';
import { ServiceAppOptions } from '@news/runtime';
import { EnrichModule } from './enrich.module';

export function enrichApp(config: ServiceConfig): ServiceAppOptions {
  return { module: EnrichModule.forConfig(config), config, consumes: true };
}
