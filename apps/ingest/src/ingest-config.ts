import { ServiceConfig, loadServiceConfig, readInt, readString } from '@news/config';

export interface IngestConfig extends ServiceConfig {
  /** The zone a feed's local publish times are in when it gives no offset. */
  feedTimeZone: string;
  maxBodyBytes: number;
  /** Feed name used when a request does not say which feed it comes from. */
  defaultFeed: string;
}

export const INGEST_CONFIG = Symbol('INGEST_CONFIG');

export function loadIngestConfig(env: Record<string, string | undefined> = process.env): IngestConfig {
  return {
    ...loadServiceConfig('ingest', 3001, env),
    feedTimeZone: readString(env, 'FEED_TIME_ZONE', 'Asia/Damascus'),
    maxBodyBytes: readInt(env, 'MAX_BODY_BYTES', 2 * 1024 * 1024, 1024),
    defaultFeed: readString(env, 'DEFAULT_FEED', 'smart'),
  };
}
