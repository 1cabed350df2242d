import { Inject, Injectable } from '@nestjs/common';
import { FeedSummary, summarizeFeed } from '../feed-summary';
import { FeedsRepository } from '../feeds.repository';
import { CLOCK, Clock } from '../feeds.tokens';

/** Every feed, by name, as an operator may see it. */
@Injectable()
export class ListFeedsUseCase {
  constructor(
    @Inject(FeedsRepository) private readonly feeds: FeedsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<FeedSummary[]> {
    const now = this.clock();
    return (await this.feeds.list()).map((feed) => summarizeFeed(feed, now));
  }
}
