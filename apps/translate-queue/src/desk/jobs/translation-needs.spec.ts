import { Article } from '@news/contracts';
import { anArticle } from '@news/testing';
import { translationNeeds } from './translation-needs';

function article(language: string, translation?: { fromLanguage: string }): Article {
  return anArticle({ language, newsroom: translation ? { translation } : {} });
}

describe('translationNeeds', () => {
  it('asks for an English version of an Arabic original', () => {
    expect(translationNeeds(article('ar'), ['en'])).toEqual(['en']);
  });

  it('asks for nothing when the original is already in the target language', () => {
    expect(translationNeeds(article('en-GB'), ['en'])).toEqual([]);
  });

  it('never translates a translation again', () => {
    expect(translationNeeds(article('en', { fromLanguage: 'ar' }), ['en', 'fr'])).toEqual([]);
  });

  it('opens one job per configured language, once each', () => {
    expect(translationNeeds(article('ar'), ['en', 'fr', 'EN'])).toEqual(['en', 'fr']);
  });
});
