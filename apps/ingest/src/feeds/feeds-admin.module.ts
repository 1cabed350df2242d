import { DynamicModule, Module } from '@nestjs/common';
import type { IngestConfig } from '../ingest-config';
import { FeedsAdminController } from './admin/feeds-admin.controller';
import { FeedsModule } from './feeds.module';

/** The admin API under /v1/admin/feeds: mounted only with an ADMIN_TOKEN (else 404), not one nobody can open. */
@Module({})
export class FeedsAdminModule {
  static forConfig(config: IngestConfig): DynamicModule {
    return {
      module: FeedsAdminModule,
      imports: [FeedsModule],
      controllers: config.feeds.adminToken ? [FeedsAdminController] : [],
    };
  }
}
