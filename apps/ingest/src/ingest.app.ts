import { raw } from 'express';
import { ServiceAppOptions } from '@news/runtime';
import { intakeProblems } from './articles/intake-problems';
import { IngestConfig } from './ingest-config';
import { IngestModule } from './ingest.module';

/** ingest as main.ts starts it and as the end-to-end tests start it. */
export function ingestApp(config: IngestConfig): ServiceAppOptions {
  return {
    module: IngestModule.forConfig(config),
    config,
    rawBody: true,
    problems: intakeProblems,
    // Raw bytes, so the parsers can tell a wrong encoding from a wrong format.
    configure: (app) => app.use('/v1/articles', raw({ type: () => true, limit: config.maxBodyBytes })),
  };
}
