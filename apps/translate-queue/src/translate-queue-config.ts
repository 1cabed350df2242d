import { z } from 'zod';
import { Env, ServiceConfig, envVar, parseEnv, serviceConfigFrom, serviceEnv } from '@news/config';

export interface TranslateQueueConfig extends ServiceConfig {
  /** Languages every original should exist in, e.g. ["en"]. */
  translationTargets: string[];
}

export const TRANSLATE_QUEUE_CONFIG = Symbol('TRANSLATE_QUEUE_CONFIG');

/** Every variable translate-queue reads, on top of what every service reads. */
export const translateQueueEnv = serviceEnv(3002).extend({
  TRANSLATION_TARGETS: envVar
    .list('en', z.string().regex(/^[a-z]{2,3}$/))
    .meta({ must: 'be a comma-separated list of language codes such as "en,fr"' }),
});

export function loadTranslateQueueConfig(env: Env = process.env): TranslateQueueConfig {
  const vars = parseEnv(translateQueueEnv, env);
  return { ...serviceConfigFrom('translate-queue', vars), translationTargets: vars.TRANSLATION_TARGETS };
}
