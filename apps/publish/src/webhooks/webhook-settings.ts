import { envVar } from '@news/config';

/** How publish delivers webhooks (see README, "Webhooks"). */
export interface WebhookSettings {
  /** true: targets on private, loopback and link-local addresses are allowed (local runs, tests). */
  allowPrivateNetworks: boolean;
  /** Attempts per delivery before it is dead. */
  maxAttempts: number;
  /** The bound on one attempt, connection to status line. */
  timeoutMs: number;
  /** The first retry's wait; each later one doubles, with jitter. */
  backoffBaseMs: number;
  /** The longest wait between attempts, a receiver's Retry-After included. */
  backoffMaxMs: number;
  /** Deliveries in flight at once per publish process (one per subscription at most). */
  concurrency: number;
  /** How often the worker looks for due deliveries when nothing nudges it. */
  pollMs: number;
}

/** publish's webhook variables, spread into its environment schema. */
export const webhookEnvVars = {
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: envVar.oneOf(['true', 'false'], 'false'),
  WEBHOOK_MAX_ATTEMPTS: envVar.integer(10, 1),
  WEBHOOK_TIMEOUT_MS: envVar.integer(10_000, 100),
  WEBHOOK_BACKOFF_BASE_MS: envVar.integer(10_000, 10),
  WEBHOOK_BACKOFF_MAX_MS: envVar.integer(3_600_000, 10),
  WEBHOOK_CONCURRENCY: envVar.integer(16, 1),
  WEBHOOK_POLL_MS: envVar.integer(500, 10),
};

export interface WebhookEnv {
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' | 'false';
  WEBHOOK_MAX_ATTEMPTS: number;
  WEBHOOK_TIMEOUT_MS: number;
  WEBHOOK_BACKOFF_BASE_MS: number;
  WEBHOOK_BACKOFF_MAX_MS: number;
  WEBHOOK_CONCURRENCY: number;
  WEBHOOK_POLL_MS: number;
}

export function webhookSettingsFrom(vars: WebhookEnv): WebhookSettings {
  return {
    allowPrivateNetworks: vars.WEBHOOK_ALLOW_PRIVATE_NETWORKS === 'true',
    maxAttempts: vars.WEBHOOK_MAX_ATTEMPTS,
    timeoutMs: vars.WEBHOOK_TIMEOUT_MS,
    backoffBaseMs: vars.WEBHOOK_BACKOFF_BASE_MS,
    backoffMaxMs: Math.max(vars.WEBHOOK_BACKOFF_MAX_MS, vars.WEBHOOK_BACKOFF_BASE_MS),
    concurrency: vars.WEBHOOK_CONCURRENCY,
    pollMs: vars.WEBHOOK_POLL_MS,
  };
}
