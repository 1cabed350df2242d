import { z } from 'zod';
import { Env, ServiceConfig, envVar, parseEnv, refuse, serviceConfigFrom, serviceEnv } from '@news/config';
import { DEFAULT_QA_SEVERITIES, QA_CHECK_IDS, QaCheckId, QaSeverities, QaSeverity } from './desk/qa/qa-checks';

export interface TranslateQueueConfig extends ServiceConfig {
  /** Languages every original should exist in, e.g. ["en"]. */
  translationTargets: string[];
  desk: DeskConfig;
}

/** The translation desk (see README, "The translation desk"). */
export interface DeskConfig {
  /** How long a claim lasts without a save or a renewal. */
  leaseMs: number;
  /** How long a sign-in lasts. */
  sessionMs: number;
  /** Which QA checks block a submission, which only warn, which are off. */
  qa: QaSeverities;
  /** LibreTranslate-compatible machine translation; null is off. */
  mt: { url: string; timeoutMs: number } | null;
}

export const TRANSLATE_QUEUE_CONFIG = Symbol('TRANSLATE_QUEUE_CONFIG');

const SEVERITIES: readonly QaSeverity[] = ['blocking', 'warning', 'off'];

/** Every variable translate-queue reads, on top of what every service reads. */
export const translateQueueEnv = serviceEnv(3002).extend({
  TRANSLATION_TARGETS: envVar
    .list('en', z.string().regex(/^[a-z]{2,3}$/))
    .meta({ must: 'be a comma-separated list of language codes such as "en,fr"' }),
  DESK_LEASE_MINUTES: envVar.integer(30, 1),
  DESK_SESSION_HOURS: envVar.integer(12, 1),
  QA_CHECKS: envVar.optionalText().check((ctx) => {
    if (ctx.value === undefined) return;
    const problem = qaOverrides(ctx.value).problem;
    if (problem) refuse(ctx, problem);
  }),
  MT_URL: envVar.optionalText().check((ctx) => {
    if (ctx.value !== undefined && !/^https?:\/\/[^\s/]+/.test(ctx.value))
      refuse(ctx, `must be an http:// or https:// URL (a LibreTranslate-compatible server), got "${ctx.value}"`);
  }),
  MT_TIMEOUT_MS: envVar.integer(10_000, 100),
});

export function loadTranslateQueueConfig(env: Env = process.env): TranslateQueueConfig {
  const vars = parseEnv(translateQueueEnv, env);
  return {
    ...serviceConfigFrom('translate-queue', vars),
    translationTargets: vars.TRANSLATION_TARGETS,
    desk: {
      leaseMs: vars.DESK_LEASE_MINUTES * 60_000,
      sessionMs: vars.DESK_SESSION_HOURS * 3_600_000,
      qa: { ...DEFAULT_QA_SEVERITIES, ...qaOverrides(vars.QA_CHECKS ?? '').overrides },
      mt: vars.MT_URL ? { url: vars.MT_URL.replace(/\/+$/, ''), timeoutMs: vars.MT_TIMEOUT_MS } : null,
    },
  };
}

/** "numbers=warning,name-spelling=off" → the overrides, or the first problem with it. */
function qaOverrides(text: string): { overrides: Partial<QaSeverities>; problem?: string } {
  const overrides: Partial<QaSeverities> = {};
  for (const entry of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [check, severity] = entry.split('=').map((s) => s.trim().toLowerCase());
    if (!(QA_CHECK_IDS as readonly string[]).includes(check))
      return { overrides, problem: `names an unknown check "${check}" (the checks are ${QA_CHECK_IDS.join(', ')})` };
    if (!(SEVERITIES as readonly string[]).includes(severity))
      return { overrides, problem: `must give each check one of blocking, warning, off: got "${entry}"` };
    overrides[check as QaCheckId] = severity as QaSeverity;
  }
  return { overrides };
}
