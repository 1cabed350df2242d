import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AcceptArticleUseCase } from '../articles/accept-article/accept-article.use-case';
import { INGEST_CONFIG, IngestConfig } from '../ingest-config';
import { FeedPoller, PollResult } from './feed-poller';
import { PollSchedule } from './poll-schedule';
import { PolledFeed } from './poll-feeds-config';

/** Polls the feeds in POLL_FEEDS for as long as ingest runs; does nothing when there are none. */
@Injectable()
export class FeedPollingService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('FeedPolling');
  private readonly schedule: PollSchedule<PollResult>;
  private readonly feeds: PolledFeed[];

  constructor(
    @Inject(INGEST_CONFIG) config: IngestConfig,
    @Inject(AcceptArticleUseCase) acceptArticle: AcceptArticleUseCase,
  ) {
    this.feeds = config.pollFeeds;
    const poller = new FeedPoller({
      fetch: globalThis.fetch,
      accept: (input) => acceptArticle.execute(input),
      timeZone: config.feedTimeZone,
      maxBytes: config.maxBodyBytes,
      maxItems: config.maxItemsPerDocument,
      logger: this.logger,
    });
    this.schedule = new PollSchedule((feed, signal) => poller.poll(feed, signal));
  }

  onApplicationBootstrap(): void {
    if (this.feeds.length === 0) return;
    this.logger.log(`polling ${this.feeds.map((f) => `${f.feed} every ${f.intervalSeconds} s`).join(', ')}`);
    this.schedule.start(this.feeds);
  }

  /** Polls one configured feed now (or joins its poll in flight). */
  pollNow(feed: string): Promise<PollResult> {
    const polled = this.feeds.find((f) => f.feed === feed);
    if (!polled) return Promise.reject(new Error(`feed ${feed} is not in POLL_FEEDS`));
    return this.schedule.pollNow(polled);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.schedule.stop();
  }
}
