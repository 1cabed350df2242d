import { Env, ServiceConfig, envVar, parseEnv, refuse, serviceConfigFrom, serviceEnv } from '@news/config';
import { IANAZone } from 'luxon';
import { intakeEventLimit } from './articles/accept-article/event-size';
import { MAX_INDEXED_DISTANCE } from './dedupe/duplicate-policy';
import { parseSecretKey } from './feeds/credentials/secret-box';
import { PolledFeed, loadPollFeeds } from './polling/poll-feeds-config';

export interface IngestConfig extends ServiceConfig {
  /** The zone a feed's local publish times are in when it gives no offset. */
  feedTimeZone: string;
  maxBodyBytes: number;
  /**
   * Posts worked on at once; the next is answered 503 with Retry-After before
   * its body is read, so memory stays bounded (at most this many bodies of
   * MAX_BODY_BYTES) and a backlog never builds up inside the process.
   */
  maxInFlight: number;
  /** A document with more items (a feed, a newsMessage) is refused whole with 413. */
  maxItemsPerDocument: number;
  /** The largest news.ingested event intake accepts (a share of KAFKA_MAX_MESSAGE_BYTES, see event-size.ts). */
  maxEventBytes: number;
  /** Outbox lag (oldest unsent event) above which ingest reports itself degraded. */
  outboxLagDegradedSeconds: number;
  /** Feed name used when FEED_AUTH=off and a request does not say which feed it comes from. */
  defaultFeed: string;
  feeds: FeedsConfig;
  /**
   * A new article whose fingerprint is at most this many bits (of 64) from an
   * article another feed sent is stored as its duplicate and not published.
   * 0 takes only equal fingerprints; at most 3, the distance the four-band
   * fingerprint index finds every pair within.
   */
  duplicateMaxDistance: number;
  /** Feeds ingest fetches itself (POLL_FEEDS). */
  pollFeeds: PolledFeed[];
}

/** Who may post, and how they prove it (see README, "Feeds and keys"). */
export interface FeedsConfig {
  /** `required`: every post names its feed and sends its key. `off`: local experiments only, anyone may post as any feed. */
  auth: 'required' | 'off';
  /** A signed request whose timestamp is further than this from now, either way, is refused. */
  replayWindowSeconds: number;
  /** How long a rotated-out key keeps working beside the new one. */
  keyGraceSeconds: number;
  /** Requests per minute of a feed created without --rate-limit. */
  defaultRateLimitPerMinute: number;
  /** Seals signing secrets at rest (AES-256-GCM); without it no feed may require signatures. */
  secretKey: Buffer | null;
  /** Opens the admin API under /v1/admin/feeds; without it that API is not mounted. */
  adminToken: string | null;
}

export const INGEST_CONFIG = Symbol('INGEST_CONFIG');

/** Every variable ingest reads, on top of what every service reads. */
export const ingestEnv = serviceEnv(3001).extend({
  // A zone Intl does not know would fail every page capture later (a RangeError per article): refuse it now.
  FEED_TIME_ZONE: envVar
    .text('Asia/Damascus')
    .refine((zone) => IANAZone.isValidZone(zone))
    .meta({ must: 'be an IANA time zone such as "Asia/Damascus" or "UTC"' }),
  OUTBOX_LAG_DEGRADED_SECONDS: envVar.integer(60, 1),
  MAX_BODY_BYTES: envVar.integer(2 * 1024 * 1024, 1024),
  INGEST_MAX_IN_FLIGHT: envVar.integer(32, 1),
  MAX_ITEMS_PER_DOCUMENT: envVar.integer(200, 1),
  DEFAULT_FEED: envVar.text('smart'),
  DUPLICATE_MAX_DISTANCE: envVar.integer(3, 0).check((ctx) => {
    if (ctx.value > MAX_INDEXED_DISTANCE)
      refuse(
        ctx,
        `must be at most ${MAX_INDEXED_DISTANCE} (the fingerprint index finds every pair within ${MAX_INDEXED_DISTANCE} bits, not beyond), got ${ctx.value}`,
      );
  }),
  FEED_AUTH: envVar.oneOf(['required', 'off'], 'required'),
  FEED_SECRET_KEY: envVar
    .optionalText()
    .refine((text) => text === undefined || parsesAsSecretKey(text))
    .meta({ must: 'be 32 random bytes as base64 or 64 hex digits (e.g. `openssl rand -base64 32`)', secret: true }),
  ADMIN_TOKEN: envVar
    .optionalText()
    .refine((token) => token === undefined || token.length >= 16)
    .meta({ must: 'be at least 16 characters (e.g. `openssl rand -hex 32`)', secret: true }),
  FEED_REPLAY_WINDOW_SECONDS: envVar.integer(300, 1),
  FEED_KEY_GRACE_HOURS: envVar.integer(24, 0),
  FEED_RATE_LIMIT_PER_MINUTE: envVar.integer(600, 1),
  // JSON with its own entry-by-entry checks (poll-feeds-config.ts).
  POLL_FEEDS: envVar.optionalText(),
});

export function loadIngestConfig(env: Env = process.env): IngestConfig {
  const vars = parseEnv(ingestEnv, env);
  const service = serviceConfigFrom('ingest', vars);
  return {
    ...service,
    feedTimeZone: vars.FEED_TIME_ZONE,
    maxEventBytes: intakeEventLimit(service.kafka.maxMessageBytes),
    outboxLagDegradedSeconds: vars.OUTBOX_LAG_DEGRADED_SECONDS,
    maxBodyBytes: vars.MAX_BODY_BYTES,
    maxInFlight: vars.INGEST_MAX_IN_FLIGHT,
    maxItemsPerDocument: vars.MAX_ITEMS_PER_DOCUMENT,
    defaultFeed: vars.DEFAULT_FEED,
    feeds: {
      auth: vars.FEED_AUTH,
      replayWindowSeconds: vars.FEED_REPLAY_WINDOW_SECONDS,
      keyGraceSeconds: vars.FEED_KEY_GRACE_HOURS * 3600,
      defaultRateLimitPerMinute: vars.FEED_RATE_LIMIT_PER_MINUTE,
      secretKey: vars.FEED_SECRET_KEY ? parseSecretKey(vars.FEED_SECRET_KEY) : null,
      adminToken: vars.ADMIN_TOKEN ?? null,
    },
    duplicateMaxDistance: vars.DUPLICATE_MAX_DISTANCE,
    pollFeeds: loadPollFeeds({ POLL_FEEDS: vars.POLL_FEEDS }),
  };
}

function parsesAsSecretKey(text: string): boolean {
  try {
    parseSecretKey(text);
    return true;
  } catch {
    return false;
  }
}
