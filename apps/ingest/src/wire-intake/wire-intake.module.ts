import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { WireIntakeService } from './wire-intake.service';

/**
 * Kafka intake: `wire.raw.v1` records through the same parsers and rules as
 * the HTTP post. Needs what the ingest app makes global: SERVICE_CONFIG,
 * INGEST_CONFIG, the Kafka client and the data source; and AcceptArticleUseCase
 * exported by ArticlesModule.
 */
@Module({
  imports: [ArticlesModule],
  providers: [WireIntakeService],
})
export class WireIntakeModule {}
