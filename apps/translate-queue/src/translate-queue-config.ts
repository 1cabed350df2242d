import { ServiceConfig, loadServiceConfig, readList } from '@news/config';

export interface TranslateQueueConfig extends ServiceConfig {
  /** Languages every original should exist in, e.g. ["en"]. */
  translationTargets: string[];
}

export const TRANSLATE_QUEUE_CONFIG = Symbol('TRANSLATE_QUEUE_CONFIG');

export function loadTranslateQueueConfig(env: Record<string, string | undefined> = process.env): TranslateQueueConfig {
  return {
    ...loadServiceConfig('translate-queue', 3002, env),
    translationTargets: readList(env, 'TRANSLATION_TARGETS', 'en'),
  };
}
