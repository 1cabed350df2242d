import { Inject, Injectable } from '@nestjs/common';
import type { FeedsConfig } from '../../ingest-config';
import { generateFeedKey, hashFeedKey } from '../credentials/feed-key';
import { generateSigningSecret } from '../credentials/request-signature';
import { SecretBox } from '../credentials/secret-box';
import { FeedAdminError } from '../feed-errors';
import { FeedsRepository } from '../feeds.repository';
import { CLOCK, Clock, FEEDS_CONFIG, SECRET_BOX } from '../feeds.tokens';

export interface CreateFeedInput {
  name: string;
  requireSignature?: boolean;
  /** Requests per minute; the configured default when absent. */
  rateLimitPerMinute?: number;
  /** Whose copy of a shared story leads (see Feed.priority); 0 when absent. */
  priority?: number;
}

/** The only time the key (and signing secret) are ever shown: they are not stored in the clear. */
export interface CreatedFeed {
  name: string;
  key: string;
  signingSecret?: string;
  requireSignature: boolean;
  rateLimitPerMinute: number;
  priority: number;
}

export const FEED_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Postgres int, with room: a limit above this is no limit in practice. */
const MAX_RATE_LIMIT = 1_000_000_000;
const MAX_PRIORITY = 1000;

/** Registers a feed with a new key, and a signing secret when it must sign. */
@Injectable()
export class CreateFeedUseCase {
  constructor(
    @Inject(FeedsRepository) private readonly feeds: FeedsRepository,
    @Inject(FEEDS_CONFIG) private readonly config: FeedsConfig,
    @Inject(SECRET_BOX) private readonly secretBox: SecretBox | null,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(input: CreateFeedInput): Promise<CreatedFeed> {
    const requireSignature = input.requireSignature ?? false;
    const rateLimitPerMinute = input.rateLimitPerMinute ?? this.config.defaultRateLimitPerMinute;
    if (!FEED_NAME.test(input.name))
      throw new FeedAdminError(
        'INVALID_FEED',
        `a feed name is 1-64 of a-z, 0-9, ".", "_", "-", starting with a letter or digit; got "${input.name}"`,
      );
    if (!Number.isInteger(rateLimitPerMinute) || rateLimitPerMinute < 1 || rateLimitPerMinute > MAX_RATE_LIMIT) {
      throw new FeedAdminError(
        'INVALID_FEED',
        `the rate limit is a whole number of requests per minute from 1 to ${MAX_RATE_LIMIT}; got ${rateLimitPerMinute}`,
      );
    }
    const priority = input.priority ?? 0;
    if (!Number.isInteger(priority) || Math.abs(priority) > MAX_PRIORITY)
      throw new FeedAdminError(
        'INVALID_FEED',
        `the priority is a whole number from -${MAX_PRIORITY} to ${MAX_PRIORITY}; got ${priority}`,
      );
    if (requireSignature && !this.secretBox) {
      throw new FeedAdminError(
        'SECRET_KEY_MISSING',
        'a feed that signs needs FEED_SECRET_KEY set, to store its signing secret encrypted',
      );
    }
    const key = generateFeedKey();
    const signingSecret = requireSignature ? generateSigningSecret() : undefined;
    const inserted = await this.feeds.insert({
      name: input.name,
      keyHash: hashFeedKey(key),
      previousKeyHash: null,
      previousKeyExpiresAt: null,
      requireSignature,
      signingSecretSealed: signingSecret ? this.secretBox!.seal(signingSecret, input.name) : null,
      rateLimitPerMinute,
      createdAt: this.clock(),
      disabled: false,
      priority,
    });
    if (!inserted)
      throw new FeedAdminError(
        'FEED_EXISTS',
        `a feed named ${input.name} already exists (rotate-key gives it a new key)`,
      );
    return {
      name: input.name,
      key,
      ...(signingSecret ? { signingSecret } : {}),
      requireSignature,
      rateLimitPerMinute,
      priority,
    };
  }
}

/** The admin API's JSON body as a CreateFeedInput, or INVALID_FEED naming what is wrong. */
export function readCreateFeedInput(body: unknown): CreateFeedInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new FeedAdminError('INVALID_FEED', 'the body must be a JSON object with a "name"');
  const { name, requireSignature, rateLimitPerMinute, priority } = body as Record<string, unknown>;
  if (typeof name !== 'string') throw new FeedAdminError('INVALID_FEED', '"name" must be a string');
  if (requireSignature !== undefined && typeof requireSignature !== 'boolean')
    throw new FeedAdminError('INVALID_FEED', '"requireSignature" must be true or false');
  if (rateLimitPerMinute !== undefined && typeof rateLimitPerMinute !== 'number')
    throw new FeedAdminError('INVALID_FEED', '"rateLimitPerMinute" must be a number');
  if (priority !== undefined && typeof priority !== 'number')
    throw new FeedAdminError('INVALID_FEED', '"priority" must be a number');
  return { name, requireSignature, rateLimitPerMinute, priority };
}
