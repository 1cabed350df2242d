import { loadTranslateQueueConfig } from './translate-queue-config';

describe('TRANSLATION_TARGETS', () => {
  it('is English unless set, and takes a list of language codes', () => {
    expect(loadTranslateQueueConfig({}).translationTargets).toEqual(['en']);
    expect(loadTranslateQueueConfig({ TRANSLATION_TARGETS: 'en, ar ,fr' }).translationTargets).toEqual([
      'en',
      'ar',
      'fr',
    ]);
  });

  it('stops start-up on an entry that is not a language code, naming the entry', () => {
    expect(() => loadTranslateQueueConfig({ TRANSLATION_TARGETS: 'en,English' })).toThrow(
      'configuration: TRANSLATION_TARGETS must be a comma-separated list of language codes such as "en,fr" (entry 1), got "en,English"',
    );
  });
});
