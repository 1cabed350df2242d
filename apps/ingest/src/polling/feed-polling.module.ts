import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { FeedPollingService } from './feed-polling.service';

/** Feeds ingest fetches itself (POLL_FEEDS) on a schedule, with conditional GET, into the same intake as a post. */
@Module({
  imports: [ArticlesModule],
  providers: [FeedPollingService],
  exports: [FeedPollingService],
})
export class FeedPollingModule {}
