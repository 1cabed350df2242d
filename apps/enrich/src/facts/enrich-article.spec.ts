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

  it('writes places, organisations, people and events into ninjs, and the rest into the extension', () => {
    const article = anArticle({
      firstCreated: '2018-02-13T09:56:59.000Z',
      bodies: [
        {
          contentType: 'text/plain',
          value:
            'On Monday, ISIS seized the village of al-Khoain, and four civilians were killed in shelling by regime forces on Saraqib, a local source told SMART.',
        },
      ],
    });
    const enriched = enrichArticle(article);
    expect(enriched.places).toEqual(
      expect.arrayContaining([
        {
          name: 'Saraqib',
          rel: 'mentioned',
          uri: 'https://sws.geonames.org/164816/',
          literal: 'geonames:164816',
          geoJSON: { type: 'Point', coordinates: [36.8059, 35.8645] },
        },
      ]),
    );
    expect(enriched.organisations?.map((o) => o.literal)).toEqual([
      'actor:islamic-state',
      'actor:syrian-government-forces',
      'actor:smart',
    ]);
    expect(enriched.events).toHaveLength(1);
    const entities = enriched.newsroom.enrichment?.entities;
    expect(entities?.dates).toEqual([
      expect.objectContaining({ phrase: 'On Monday', value: '2018-02-12', precision: 'day', relative: true }),
    ]);
    expect(entities?.counts).toEqual([
      expect.objectContaining({
        category: 'killed',
        value: 4,
        eventType: 'Explosions/Remote violence',
        place: 'geonames:164816',
      }),
    ]);
    expect(entities?.people).toEqual([
      expect.objectContaining({ role: 'local source', anonymous: true, quoted: true }),
    ]);
    expect(enriched.subjects?.some((s) => s.uri === 'http://cv.iptc.org/newscodes/mediatopic/16000000')).toBe(true);
  });
});
