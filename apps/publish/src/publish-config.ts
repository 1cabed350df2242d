import { Env, ServiceConfig, envVar, parseEnv, serviceConfigFrom, serviceEnv } from '@news/config';
import { DEFAULT_CHANGES_RETENTION_MS } from '@news/contracts';

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
}

export interface PublishConfig extends ServiceConfig {
  publish: PublishSettings;
}

export const PUBLISH_SETTINGS = Symbol('PUBLISH_SETTINGS');

const publishEnv = serviceEnv(3004).extend({
  EMBARGO_POLL_MS: envVar.integer(500, 50),
  CHANGES_RETENTION_MS: envVar.integer(DEFAULT_CHANGES_RETENTION_MS, 60_000),
  PUBLISH_ADMIN_TOKEN: envVar
    .optionalText()
    .refine((token) => token === undefined || token.length >= 16)
    .meta({ must: 'be at least 16 characters (e.g. `openssl rand -hex 32`)', secret: true }),
  RELATED_TTL_SECONDS: envVar.integer(300, 1),
});

export function loadPublishConfig(env: Env = process.env): PublishConfig {
  const vars = parseEnv(publishEnv, env);
  return { ...serviceConfigFrom('publish', vars), publish: publishSettingsFrom(vars) };
}

/** publish's own settings, for a caller that built the shared ServiceConfig itself. */
export function loadPublishSettings(env: Env = process.env): PublishSettings {
  return publishSettingsFrom(parseEnv(publishEnv, env));
}

function publishSettingsFrom(vars: {
  EMBARGO_POLL_MS: number;
  CHANGES_RETENTION_MS: number;
  PUBLISH_ADMIN_TOKEN?: string;
  RELATED_TTL_SECONDS: number;
}): PublishSettings {
  return {
    embargoPollMs: vars.EMBARGO_POLL_MS,
    changesRetentionMs: vars.CHANGES_RETENTION_MS,
    adminToken: vars.PUBLISH_ADMIN_TOKEN ?? null,
    relatedTtlSeconds: vars.RELATED_TTL_SECONDS,
  };
}
