import { Inject, Injectable } from '@nestjs/common';
import { FeedAdminError } from '../feed-errors';
import { FeedSummary, summarizeFeed } from '../feed-summary';
import { FeedsRepository } from '../feeds.repository';
import { CLOCK, Clock } from '../feeds.tokens';

export interface DisableFeedInput {
  name: string;
  /** false enables the feed again. */
  disabled?: boolean;
}

/** Stops a feed from posting (403) without deleting it, its key or its articles; or lets it post again. */
@Injectable()
export class DisableFeedUseCase {
  constructor(
    @Inject(FeedsRepository) private readonly feeds: FeedsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(input: DisableFeedInput): Promise<FeedSummary> {
    const disabled = input.disabled ?? true;
    if (!(await this.feeds.update(input.name, { disabled })))
      throw new FeedAdminError('FEED_NOT_FOUND', `no feed is named ${input.name}`);
    const feed = await this.feeds.find(input.name);
    return summarizeFeed(feed!, this.clock());
  }
}
