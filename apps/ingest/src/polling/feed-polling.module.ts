import { DynamicModule, Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { FeedPollingService, POLLED_FEEDS } from './feed-polling.service';
import { PolledFeed, loadPollFeeds } from './poll-feeds-config';

/**
 * Feeds ingest fetches itself on a schedule, with conditional GET. Needs
 * INGEST_CONFIG and the data source, global in the ingest app, and
 * AcceptArticleUseCase exported by ArticlesModule.
 */
@Module({})
export class FeedPollingModule {
  /**
   * Reads and validates POLL_FEEDS here, when the app's module is built:
   * inside runService's config step, so a bad entry stops ingest with one
   * line, like any other bad variable. Tests pass the feeds themselves.
   */
  static forRoot(feeds: PolledFeed[] = loadPollFeeds(process.env)): DynamicModule {
    return {
      module: FeedPollingModule,
      imports: [ArticlesModule],
      providers: [{ provide: POLLED_FEEDS, useValue: feeds }, FeedPollingService],
      exports: [FeedPollingService],
    };
  }
}
