import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { text } from 'express';
import { ServiceAppOptions } from '@news/runtime';
import { withDeskSecurity } from './desk/http/api-docs';
import { deskProblems } from './desk/http/desk-problems';
import { TranslateQueueConfig } from './translate-queue-config';
import { TranslateQueueModule } from './translate-queue.module';

/** translate-queue as main.ts starts it and as the end-to-end tests start it. */
export function translateQueueApp(config: TranslateQueueConfig): ServiceAppOptions {
  return {
    module: TranslateQueueModule.forConfig(config),
    config,
    consumes: true,
    problems: deskProblems,
    configure: (app) => {
      // The glossary's CSV import takes the file as it is.
      app.use('/v1/glossary/import', text({ type: ['text/csv', 'text/plain'], limit: '2mb' }));
      serveOpenApi(app);
    },
  };
}

/** GET /openapi.json (and .yaml), Swagger UI at /docs: generated from the routes Nest mounted. */
function serveOpenApi(app: INestApplication): void {
  const builder = new DocumentBuilder()
    .setTitle('translate-queue')
    .setDescription(
      'The translation desk: sign in, the queue, claiming, drafting, submitting, reviewing and approving translations, and the glossary (see the README, "The translation desk").',
    )
    .setVersion('1');
  const document = SwaggerModule.createDocument(app, withDeskSecurity(builder).build());
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
}
