import { FeedValidators } from './conditional-get';

/** Where a poller keeps each feed's ETag and Last-Modified between polls. */
export interface FeedValidatorsStore {
  get(feed: string): Promise<FeedValidators>;
  set(feed: string, validators: FeedValidators): Promise<void>;
}

/**
 * In this process's memory. A restart costs each feed one unconditional GET,
 * whose stories are then accepted as "unchanged" (accepting is idempotent);
 * in exchange ingest needs no Redis, and a fixed parser after a deploy
 * re-reads a document it once refused.
 */
export class InMemoryFeedValidators implements FeedValidatorsStore {
  private readonly byFeed = new Map<string, FeedValidators>();

  get(feed: string): Promise<FeedValidators> {
    return Promise.resolve(this.byFeed.get(feed) ?? {});
  }

  set(feed: string, validators: FeedValidators): Promise<void> {
    this.byFeed.set(feed, { ...validators });
    return Promise.resolve();
  }
}
