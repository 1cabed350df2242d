import { Feed } from './feed.entity';

/** What an operator may see of a feed: never a hash or a secret. */
export interface FeedSummary {
  name: string;
  requireSignature: boolean;
  rateLimitPerMinute: number;
  disabled: boolean;
  createdAt: string;
  /** Until when the key before the last rotation is still accepted, if it is. */
  previousKeyValidUntil: string | null;
}

export function summarizeFeed(feed: Feed, now: Date): FeedSummary {
  const grace =
    feed.previousKeyExpiresAt && feed.previousKeyExpiresAt > now ? feed.previousKeyExpiresAt.toISOString() : null;
  return {
    name: feed.name,
    requireSignature: feed.requireSignature,
    rateLimitPerMinute: feed.rateLimitPerMinute,
    disabled: feed.disabled,
    createdAt: feed.createdAt.toISOString(),
    previousKeyValidUntil: grace,
  };
}
