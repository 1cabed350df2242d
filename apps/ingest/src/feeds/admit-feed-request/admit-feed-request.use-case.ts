import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { FeedsConfig } from '../../ingest-config';
import { hashFeedKey, keyMatches } from '../credentials/feed-key';
import { verifyRequestSignature } from '../credentials/request-signature';
import { SecretBox } from '../credentials/secret-box';
import { SeenSignatures } from '../credentials/seen-signatures';
import { FeedAccessError } from '../feed-errors';
import { Feed } from '../feed.entity';
import { FeedsRepository } from '../feeds.repository';
import { CLOCK, Clock, FEEDS_CONFIG, FEED_RATE_LIMITER, SECRET_BOX, SEEN_SIGNATURES } from '../feeds.tokens';
import { RateDecision } from '../rate-limit/fixed-window-rate-limiter';

/** What a request says about who sends it, read from its headers by the edge. */
export interface FeedRequest {
  /** X-Feed-Id */
  feedId?: string;
  /** Authorization: Bearer <key>, or X-Api-Key */
  key?: string;
  /** X-Signature */
  signature?: string;
  /** X-Signature-Timestamp */
  timestamp?: string;
  /** Content-Type, as sent: signed with the body. */
  contentType?: string;
  /** The body exactly as received. */
  body: Buffer;
}

export interface AdmittedFeed {
  name: string;
  rateLimitPerMinute: number;
  /** Requests left in this minute, or null when the counter could not be asked. */
  remaining: number | null;
}

export interface FeedRateLimiter {
  check(feed: string, limit: number, hits?: number): Promise<RateDecision>;
}

/** Compared against when the feed is unknown, so an unknown feed costs the same as a wrong key. */
const NO_FEED_HASH = hashFeedKey('no feed has this key');

/**
 * Every "feed id or key is not valid" answer takes at least this long. A
 * found feed costs a row to read and hydrate that an unknown one does not
 * (about 50 µs, measurable over many tries); padding every such refusal to
 * one floor, far above that, leaves the timing nothing to say about which
 * feed names exist. It also slows key guessing.
 */
export const UNAUTHENTICATED_FLOOR_MS = 25;

/**
 * Who may post: the feed's key (or, during a rotation's grace period, its
 * previous key), then that it is enabled, then its signature and replay
 * window when it signs, then its rate limit. Every refusal is a
 * FeedAccessError; an unknown feed and a wrong key are the same refusal, so
 * the answer never tells a caller which feed names exist.
 */
@Injectable()
export class AdmitFeedRequestUseCase {
  constructor(
    @Inject(FeedsRepository) private readonly feeds: FeedsRepository,
    @Inject(FEEDS_CONFIG) private readonly config: FeedsConfig,
    @Inject(SECRET_BOX) private readonly secretBox: SecretBox | null,
    @Inject(FEED_RATE_LIMITER) private readonly rateLimiter: FeedRateLimiter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SEEN_SIGNATURES) private readonly seenSignatures: SeenSignatures,
  ) {}

  async execute(request: FeedRequest): Promise<AdmittedFeed> {
    const started = performance.now();
    try {
      return await this.admit(request);
    } catch (error) {
      if (error instanceof FeedAccessError && error.code === 'UNAUTHENTICATED') {
        // A timer may fire a fraction of a millisecond early: sleep again until the floor has truly passed.
        const floor = started + UNAUTHENTICATED_FLOOR_MS;
        while (performance.now() < floor) await sleep(floor - performance.now());
      }
      throw error;
    }
  }

  private async admit(request: FeedRequest): Promise<AdmittedFeed> {
    const { feedId, key } = request;
    if (!feedId || !key)
      throw new FeedAccessError(
        'UNAUTHENTICATED',
        'send the feed id as X-Feed-Id and its key as Authorization: Bearer <key> (or X-Api-Key)',
      );
    const now = this.clock();
    const feed = feedId.length <= 64 ? await this.feeds.findForRequest(feedId) : null;
    if (!feed) {
      keyMatches(key, NO_FEED_HASH);
      throw new FeedAccessError('UNAUTHENTICATED', 'the feed id or key is not valid');
    }
    if (!this.keyIsValid(feed, key, now))
      throw new FeedAccessError('UNAUTHENTICATED', 'the feed id or key is not valid');
    if (feed.disabled) throw new FeedAccessError('FEED_DISABLED', `feed ${feed.name} is disabled and may not post`);
    if (feed.requireSignature) await this.checkSignature(feed, request, now);
    const decision = await this.rateLimiter.check(feed.name, feed.rateLimitPerMinute);
    if (!decision.allowed) {
      throw new FeedAccessError(
        'RATE_LIMITED',
        `feed ${feed.name} may post ${feed.rateLimitPerMinute} times a minute; retry in ${decision.retryAfterSeconds} s`,
        decision.retryAfterSeconds,
      );
    }
    return { name: feed.name, rateLimitPerMinute: feed.rateLimitPerMinute, remaining: decision.remaining };
  }

  /**
   * A feed's limit counts stories, not requests: the request was counted as
   * one when it was admitted; a document of n stories is charged n - 1 more
   * before any is stored, and refused whole (429) when they do not fit.
   */
  async chargeStories(feedName: string, stories: number): Promise<void> {
    if (stories <= 1) return;
    const feed = await this.feeds.findForRequest(feedName);
    if (!feed) return; // FEED_AUTH=off: an unregistered name has no limit
    const decision = await this.rateLimiter.check(feed.name, feed.rateLimitPerMinute, stories - 1);
    if (decision.allowed) return;
    throw new FeedAccessError(
      'RATE_LIMITED',
      `feed ${feed.name} may post ${feed.rateLimitPerMinute} stories a minute and this document holds ${stories}; retry in ${decision.retryAfterSeconds} s`,
      decision.retryAfterSeconds,
    );
  }

  private keyIsValid(feed: Feed, key: string, now: Date): boolean {
    // Both are compared whatever the first gives, so the time taken does not say which key matched.
    const current = keyMatches(key, feed.keyHash);
    const previous =
      feed.previousKeyHash !== null &&
      feed.previousKeyExpiresAt !== null &&
      feed.previousKeyExpiresAt > now &&
      keyMatches(key, feed.previousKeyHash);
    return current || previous;
  }

  private async checkSignature(feed: Feed, request: FeedRequest, now: Date): Promise<void> {
    if (!this.secretBox || !feed.signingSecretSealed) {
      throw new FeedAccessError(
        'SIGNING_UNAVAILABLE',
        `feed ${feed.name} signs, but FEED_SECRET_KEY is not set, so its secret cannot be read`,
      );
    }
    let secret: string;
    try {
      secret = this.secretBox.open(feed.signingSecretSealed, feed.name);
    } catch (error) {
      throw new FeedAccessError(
        'SIGNING_UNAVAILABLE',
        `the signing secret of feed ${feed.name} does not open with FEED_SECRET_KEY: ${(error as Error).message}`,
      );
    }
    const verdict = verifyRequestSignature({
      secret,
      contentType: request.contentType,
      body: request.body,
      signature: request.signature,
      timestamp: request.timestamp,
      nowSeconds: Math.floor(now.getTime() / 1000),
      windowSeconds: this.config.replayWindowSeconds,
    });
    if (verdict.ok) return this.refuseReplay(feed, request.signature!);
    throw new FeedAccessError(
      verdict.problem === 'outside-window' ? 'OUTSIDE_REPLAY_WINDOW' : 'BAD_SIGNATURE',
      verdict.detail,
    );
  }

  /** A timestamp may be up to the window old or ahead, so a signature stays usable for twice the window. */
  private async refuseReplay(feed: Feed, signature: string): Promise<void> {
    const ttl = 2 * this.config.replayWindowSeconds;
    if (await this.seenSignatures.firstSighting(feed.name, signature.toLowerCase(), ttl)) return;
    throw new FeedAccessError(
      'REPLAYED',
      `feed ${feed.name} sent this signed request before; send a new request with a new timestamp`,
    );
  }
}
