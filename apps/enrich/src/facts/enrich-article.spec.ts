import { anArticle } from '@news/testing';
import { enrichArticle } from './enrich-article';

describe('enrichArticle', () => {
  it('counts words and paragraphs of the plain-text body', () => {
    const article = anArticle({ bodies: [{ contentType: 'text/plain', value: 'One two three.\n\nFour five.' }] });
    expect(enrichArticle(article).newsroom.enrichment).toMatchObject({ wordCount: 5, paragraphCount: 2 });
  });

  it('resolves a known dateline to coordinates and says where they came from', () => {
    const article = anArticle({ newsroom: { dateline: { place: 'Idlib', agency: 'SMART', text: 'Idlib, SMART' } } });
    expect(enrichArticle(article).newsroom.enrichment?.datelinePlace).toEqual({
      name: 'Idlib',
      latitude: 35.9306,
      longitude: 36.6339,
      source: 'gazetteer',
    });
  });

  it('leaves an unknown dateline unresolved rather than guessing', () => {
    const article = anArticle({ newsroom: { dateline: { place: 'Nowhere', text: 'Nowhere' } } });
    expect(enrichArticle(article).newsroom.enrichment?.datelinePlace).toBeUndefined();
  });

  it('flags an article whose text is not in the language the feed declared', () => {
    const article = anArticle({
      language: 'ar',
      bodies: [{ contentType: 'text/plain', value: 'The factions said on Tuesday that the town was taken.' }],
    });
    expect(enrichArticle(article).newsroom.enrichment).toMatchObject({
      detectedLanguage: 'en',
      languageMatchesDeclared: false,
    });
  });
});
