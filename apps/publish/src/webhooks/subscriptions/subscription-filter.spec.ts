import { NEWSROOM_SCHEMA_ID, articleUri } from '@news/contracts';
import type { Article } from '@news/contracts';
import { articleFacts } from '../../published/article-facts';
import { matchesFilter, subscriptionFilterFrom } from './subscription-filter';

const id = 'b'.repeat(32);
const article: Article = {
  uri: articleUri(id),
  type: 'text',
  version: '1',
  language: 'ar',
  headlines: [{ value: 'h' }],
  bodies: [{ value: 'b' }],
  firstCreated: '2018-02-12T08:00:00.000Z',
  versionCreated: '2018-02-12T08:00:00.000Z',
  pubStatus: 'usable',
  subjects: [{ name: 'Military', rel: 'category', literal: 'military' }],
  places: [{ name: 'إدلب', uri: 'https://sws.geonames.org/169389/' }],
  organisations: [{ name: 'Syrian Civil Defence', literal: 'white-helmets' }],
  standard: { name: 'ninjs', version: '3.1', schema: NEWSROOM_SCHEMA_ID },
  newsroom: { articleId: id, source: { feed: 'f', guid: 'g' }, credits: [] },
};
const facts = articleFacts(article);

describe('which changes a subscription wants', () => {
  it('lets every change through an empty filter', () => {
    expect(matchesFilter({}, facts)).toBe(true);
  });

  it('wants a change only when every given field matches', () => {
    expect(matchesFilter({ language: 'ar', category: 'military' }, facts)).toBe(true);
    expect(matchesFilter({ language: 'en', category: 'military' }, facts)).toBe(false);
    expect(matchesFilter({ category: 'politics' }, facts)).toBe(false);
  });

  it('finds a place or organisation by any id the article knows it by, Arabic letter variants folded', () => {
    expect(matchesFilter({ place: 'https://sws.geonames.org/169389/' }, facts)).toBe(true);
    expect(matchesFilter({ place: 'ادلب' }, facts)).toBe(true);
    expect(matchesFilter({ organisation: 'white-helmets' }, facts)).toBe(true);
    expect(matchesFilter({ place: 'Aleppo' }, facts)).toBe(false);
  });

  it('reads a filter from input, trimming and lower-casing the language, and names a bad field', () => {
    expect(subscriptionFilterFrom({ language: ' EN ', category: 'military', place: undefined })).toEqual({
      language: 'en',
      category: 'military',
    });
    expect(() => subscriptionFilterFrom({ language: 'English' })).toThrow(/language must be a language code/);
    expect(() => subscriptionFilterFrom({ category: 42 })).toThrow(/category must be a text/);
    expect(() => subscriptionFilterFrom({ place: '  ' })).toThrow(/place must be a text/);
  });
});
