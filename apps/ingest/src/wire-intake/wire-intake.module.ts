import { Module } from '@nestjs/common';
import { HealthModule } from '@news/http';
import { MessagingModule } from '@news/messaging';
import { ArticlesModule } from '../articles/articles.module';
import { FeedsModule } from '../feeds/feeds.module';
import { WireIntakeService } from './wire-intake.service';

/** Kafka intake: `wire.raw.v1` records through the same parsers and rules as the HTTP post. */
@Module({
  imports: [ArticlesModule, FeedsModule, MessagingModule, HealthModule],
  providers: [WireIntakeService],
})
export class WireIntakeModule {}
