import { DynamicModule, Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { FeedPollingService, POLLED_FEEDS } from './feed-polling.service';
import { PolledFeed } from './poll-feeds-config';

/**
 * Feeds ingest fetches itself on a schedule, with conditional GET. Needs
 * INGEST_CONFIG and the data source, global in the ingest app, and
 * AcceptArticleUseCase exported by ArticlesModule.
 */
@Module({})
export class FeedPollingModule {
  /** The feeds come from IngestConfig (POLL_FEEDS, validated with the rest at start-up). */
  static forFeeds(feeds: PolledFeed[]): DynamicModule {
    return {
      module: FeedPollingModule,
      imports: [ArticlesModule],
      providers: [{ provide: POLLED_FEEDS, useValue: feeds }, FeedPollingService],
      exports: [FeedPollingService],
    };
  }
}
