import { ConfigError, ServiceConfig, loadServiceConfig, readInt, readString } from '@news/config';
import { IANAZone } from 'luxon';
import { intakeEventLimit } from './articles/accept-article/event-size';
import { MAX_INDEXED_DISTANCE } from './dedupe/duplicate-policy';
import { parseSecretKey } from './feeds/credentials/secret-box';
import { PolledFeed, loadPollFeeds } from './polling/poll-feeds-config';

export interface IngestConfig extends ServiceConfig {
  /** The zone a feed's local publish times are in when it gives no offset. */
  feedTimeZone: string;
  maxBodyBytes: number;
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

export function loadIngestConfig(env: Record<string, string | undefined> = process.env): IngestConfig {
  const service = loadServiceConfig('ingest', 3001, env);
  return {
    ...service,
    feedTimeZone: readTimeZone(env),
    maxEventBytes: intakeEventLimit(service.kafka.maxMessageBytes),
    outboxLagDegradedSeconds: readInt(env, 'OUTBOX_LAG_DEGRADED_SECONDS', 60, 1),
    maxBodyBytes: readInt(env, 'MAX_BODY_BYTES', 2 * 1024 * 1024, 1024),
    defaultFeed: readString(env, 'DEFAULT_FEED', 'smart'),
    feeds: loadFeedsConfig(env),
    duplicateMaxDistance: readDuplicateMaxDistance(env),
    pollFeeds: loadPollFeeds(env),
  };
}

/** A zone Intl does not know would fail every page capture later (a RangeError per article): refuse it now. */
function readTimeZone(env: Record<string, string | undefined>): string {
  const zone = readString(env, 'FEED_TIME_ZONE', 'Asia/Damascus');
  if (!IANAZone.isValidZone(zone))
    throw new ConfigError(
      'FEED_TIME_ZONE',
      `must be an IANA time zone such as "Asia/Damascus" or "UTC", got "${zone}"`,
    );
  return zone;
}

function readDuplicateMaxDistance(env: Record<string, string | undefined>): number {
  const distance = readInt(env, 'DUPLICATE_MAX_DISTANCE', 3, 0);
  if (distance > MAX_INDEXED_DISTANCE) {
    throw new ConfigError(
      'DUPLICATE_MAX_DISTANCE',
      `must be at most ${MAX_INDEXED_DISTANCE} (the fingerprint index finds every pair within ${MAX_INDEXED_DISTANCE} bits, not beyond), got ${distance}`,
    );
  }
  return distance;
}

function loadFeedsConfig(env: Record<string, string | undefined>): FeedsConfig {
  const auth = readString(env, 'FEED_AUTH', 'required');
  if (auth !== 'required' && auth !== 'off')
    throw new ConfigError('FEED_AUTH', `must be "required" or "off", got "${auth}"`);
  const secretKeyText = readString(env, 'FEED_SECRET_KEY', '');
  let secretKey: Buffer | null = null;
  try {
    secretKey = secretKeyText ? parseSecretKey(secretKeyText) : null;
  } catch (error) {
    throw new ConfigError('FEED_SECRET_KEY', (error as Error).message);
  }
  const adminToken = readString(env, 'ADMIN_TOKEN', '') || null;
  if (adminToken !== null && adminToken.length < 16)
    throw new ConfigError('ADMIN_TOKEN', 'must be at least 16 characters (e.g. `openssl rand -hex 32`)');
  return {
    auth,
    replayWindowSeconds: readInt(env, 'FEED_REPLAY_WINDOW_SECONDS', 300, 1),
    keyGraceSeconds: readInt(env, 'FEED_KEY_GRACE_HOURS', 24, 0) * 3600,
    defaultRateLimitPerMinute: readInt(env, 'FEED_RATE_LIMIT_PER_MINUTE', 600, 1),
    secretKey,
    adminToken,
  };
}
