import { Inject, Injectable } from '@nestjs/common';
import type { FeedsConfig } from '../../ingest-config';
import { generateFeedKey, hashFeedKey } from '../credentials/feed-key';
import { FeedAdminError } from '../feed-errors';
import { FeedsRepository } from '../feeds.repository';
import { CLOCK, Clock, FEEDS_CONFIG } from '../feeds.tokens';

export interface RotateFeedKeyInput {
  name: string;
  /** How long the current key stays valid beside the new one; the configured grace when absent, 0 to revoke it now. */
  graceSeconds?: number;
}

export interface RotatedFeedKey {
  name: string;
  key: string;
  /** Until when the key it replaced still works, or null when it stopped at once. */
  previousKeyValidUntil: string | null;
}

/**
 * Gives a feed a new key. The key it replaces keeps working for a grace
 * period so the feed can switch without refused posts; a key older than that
 * (from an earlier rotation) stops at once, as only one previous key is kept.
 */
@Injectable()
export class RotateFeedKeyUseCase {
  constructor(
    @Inject(FeedsRepository) private readonly feeds: FeedsRepository,
    @Inject(FEEDS_CONFIG) private readonly config: FeedsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(input: RotateFeedKeyInput): Promise<RotatedFeedKey> {
    const graceSeconds = input.graceSeconds ?? this.config.keyGraceSeconds;
    if (!Number.isFinite(graceSeconds) || graceSeconds < 0)
      throw new FeedAdminError('INVALID_FEED', `the grace period must be 0 or more seconds; got ${graceSeconds}`);
    const feed = await this.feeds.find(input.name);
    if (!feed) throw new FeedAdminError('FEED_NOT_FOUND', `no feed is named ${input.name}`);
    const key = generateFeedKey();
    const expiresAt = graceSeconds > 0 ? new Date(this.clock().getTime() + graceSeconds * 1000) : null;
    await this.feeds.update(feed.name, {
      keyHash: hashFeedKey(key),
      previousKeyHash: expiresAt ? feed.keyHash : null,
      previousKeyExpiresAt: expiresAt,
    });
    return { name: feed.name, key, previousKeyValidUntil: expiresAt?.toISOString() ?? null };
  }
}
