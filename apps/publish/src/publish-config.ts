import { Env, ServiceConfig, envVar, parseEnv, serviceConfigFrom, serviceEnv } from '@news/config';
import { DEFAULT_CHANGES_RETENTION_MS } from '@news/contracts';
import { isValidTimeZone } from '@news/text';
import { SiteSettings } from './pages/page-links';
import { WebhookEnv, WebhookSettings, webhookEnvVars, webhookSettingsFrom } from './webhooks/webhook-settings';

/** What publish reads beyond what every service reads. */
export interface PublishSettings {
  /** How often the embargo scheduler looks for embargoes that have lifted. */
  embargoPollMs: number;
  /** `retention.ms` of news.published.changes.v1; publish sets it on the topic at start. */
  changesRetentionMs: number;
  /** Opens POST /v1/admin/articles/{id}/kill; without it the admin API answers 404. */
  adminToken: string | null;
  /** How long a related-news answer stays in Redis (it is invalidated sooner when a related story arrives). */
  relatedTtlSeconds: number;
  /** Where readers reach the pages and feeds, and how they print dates. */
  site: SiteSettings;
  webhooks: WebhookSettings;
}

export interface PublishConfig extends ServiceConfig {
  publish: PublishSettings;
}

export const PUBLISH_SETTINGS = Symbol('PUBLISH_SETTINGS');

/** Every variable publish reads (the README's tables are checked against it). */
export const publishEnv = serviceEnv(3004).extend({
  EMBARGO_POLL_MS: envVar.integer(500, 50),
  CHANGES_RETENTION_MS: envVar.integer(DEFAULT_CHANGES_RETENTION_MS, 60_000),
  PUBLISH_ADMIN_TOKEN: envVar
    .optionalText()
    .refine((token) => token === undefined || token.length >= 16)
    .meta({ must: 'be at least 16 characters (e.g. `openssl rand -hex 32`)', secret: true }),
  RELATED_TTL_SECONDS: envVar.integer(300, 1),
  PUBLIC_BASE_URL: envVar.url('http://localhost:3004', ['http', 'https']),
  SITE_NAME: envVar.text('Newsroom'),
  // The Arabic date line is printed in the agency's zone, as ingest read it (FEED_TIME_ZONE).
  SITE_TIME_ZONE: envVar
    .text('Asia/Damascus')
    .refine((zone) => isValidTimeZone(zone))
    .meta({ must: 'be an IANA time zone such as "Asia/Damascus" or "UTC"' }),
  ...webhookEnvVars,
});

export function loadPublishConfig(env: Env = process.env): PublishConfig {
  const vars = parseEnv(publishEnv, env);
  return { ...serviceConfigFrom('publish', vars), publish: publishSettingsFrom(vars) };
}

/** publish's own settings, for a caller that built the shared ServiceConfig itself. */
export function loadPublishSettings(env: Env = process.env): PublishSettings {
  return publishSettingsFrom(parseEnv(publishEnv, env));
}

function publishSettingsFrom(
  vars: {
    EMBARGO_POLL_MS: number;
    CHANGES_RETENTION_MS: number;
    PUBLISH_ADMIN_TOKEN?: string;
    RELATED_TTL_SECONDS: number;
    PUBLIC_BASE_URL: string;
    SITE_NAME: string;
    SITE_TIME_ZONE: string;
  } & WebhookEnv,
): PublishSettings {
  return {
    embargoPollMs: vars.EMBARGO_POLL_MS,
    changesRetentionMs: vars.CHANGES_RETENTION_MS,
    adminToken: vars.PUBLISH_ADMIN_TOKEN ?? null,
    relatedTtlSeconds: vars.RELATED_TTL_SECONDS,
    site: { baseUrl: vars.PUBLIC_BASE_URL.replace(/\/+$/, ''), name: vars.SITE_NAME, timeZone: vars.SITE_TIME_ZONE },
    webhooks: webhookSettingsFrom(vars),
  };
}
