import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
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
    configure: serveOpenApi,
  };
}

/** GET /openapi.json (and .yaml), Swagger UI at /docs: generated from the routes Nest mounted, so it cannot drift. */
function serveOpenApi(app: INestApplication): void {
  const builder = new DocumentBuilder()
    .setTitle('publish')
    .setDescription(
      'The read API downstream consumers rely on. Topics are described in /asyncapi.json; pages and feeds for readers are not part of this API.',
    )
    .setVersion('1')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'PUBLISH_ADMIN_TOKEN: `Authorization: Bearer <token>`.' },
      'adminToken',
    );
  const document = SwaggerModule.createDocument(app, builder.build());
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
}
