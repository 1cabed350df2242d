import { OriginalCandidate, TranslationFacts, chooseOriginal } from './original-choice';

const AT = new Date('2018-02-13T09:56:59Z');
const translation: TranslationFacts = {
  articleId: 'en-1',
  feed: 'smart',
  language: 'en',
  translatedFrom: 'ar',
  publishedAt: AT,
};

function original(articleId: string, overrides: Partial<OriginalCandidate> = {}): OriginalCandidate {
  return {
    articleId,
    feed: 'smart',
    language: 'ar',
    publishedAt: AT,
    translatedFrom: null,
    duplicateOf: null,
    translatedInto: [],
    ...overrides,
  };
}

const secondsFrom = (s: number): Date => new Date(AT.getTime() + s * 1000);

describe('chooseOriginal', () => {
  it('links an English translation to the Arabic original its feed published at the same time', () => {
    expect(chooseOriginal(translation, [original('ar-1')])?.articleId).toBe('ar-1');
  });

  it('accepts a publish time up to two minutes either side, and not a second more', () => {
    expect(chooseOriginal(translation, [original('ar-1', { publishedAt: secondsFrom(-120) })])?.articleId).toBe('ar-1');
    expect(chooseOriginal(translation, [original('ar-1', { publishedAt: secondsFrom(120) })])?.articleId).toBe('ar-1');
    expect(chooseOriginal(translation, [original('ar-1', { publishedAt: secondsFrom(121) })])).toBeNull();
  });

  it('picks the nearest in time when several are in the window', () => {
    const candidates = [
      original('ar-far', { publishedAt: secondsFrom(90) }),
      original('ar-near', { publishedAt: secondsFrom(-5) }),
    ];
    expect(chooseOriginal(translation, candidates)?.articleId).toBe('ar-near');
  });

  it('links nothing when two are equally near: that would be a guess', () => {
    const candidates = [
      original('ar-before', { publishedAt: secondsFrom(-30) }),
      original('ar-after', { publishedAt: secondsFrom(30) }),
    ];
    expect(chooseOriginal(translation, candidates)).toBeNull();
  });

  it('looks only at the same feed, in the language the translation is from', () => {
    expect(chooseOriginal(translation, [original('other-feed', { feed: 'wire-b' })])).toBeNull();
    expect(chooseOriginal(translation, [original('english', { language: 'en' })])).toBeNull();
  });

  it('never takes a translation, a duplicate, or the translation itself as the original', () => {
    expect(chooseOriginal(translation, [original('fr-1', { translatedFrom: 'en' })])).toBeNull();
    expect(chooseOriginal(translation, [original('dup', { duplicateOf: 'ar-0' })])).toBeNull();
    expect(chooseOriginal({ ...translation, articleId: 'ar-1' }, [original('ar-1')])).toBeNull();
  });

  it('passes over an original that already has a version in this language, for the next nearest', () => {
    const candidates = [
      original('ar-taken', { translatedInto: ['en'] }),
      original('ar-free', { publishedAt: secondsFrom(60), translatedInto: ['fr'] }),
    ];
    expect(chooseOriginal(translation, candidates)?.articleId).toBe('ar-free');
  });
});
