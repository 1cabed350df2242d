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

describe('the desk settings', () => {
  it('default to a 30-minute lease, 12-hour sessions, the default QA severities and no machine translation', () => {
    const { desk } = loadTranslateQueueConfig({});
    expect(desk).toMatchObject({ leaseMs: 30 * 60_000, sessionMs: 12 * 3_600_000, mt: null });
    expect(desk.qa).toMatchObject({ numbers: 'blocking', 'name-spelling': 'warning' });
  });

  it('turns machine translation on with MT_URL, and QA checks up or down with QA_CHECKS', () => {
    const { desk } = loadTranslateQueueConfig({
      MT_URL: 'http://127.0.0.1:5000/',
      MT_TIMEOUT_MS: '2500',
      QA_CHECKS: 'numbers=warning, name-spelling=off',
    });
    expect(desk.mt).toEqual({ url: 'http://127.0.0.1:5000', timeoutMs: 2500 });
    expect(desk.qa).toMatchObject({ numbers: 'warning', 'name-spelling': 'off', script: 'blocking' });
  });

  it('stops start-up on a QA check it does not know or an MT_URL that is not http', () => {
    expect(() => loadTranslateQueueConfig({ QA_CHECKS: 'spelling=off' })).toThrow(
      'configuration: QA_CHECKS names an unknown check "spelling"',
    );
    expect(() => loadTranslateQueueConfig({ MT_URL: 'ftp://mt' })).toThrow('configuration: MT_URL must be an http');
  });
});
