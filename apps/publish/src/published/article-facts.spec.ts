import { Article } from '@news/contracts';
import { anArticle } from '@news/testing';
import { articleFacts } from './article-facts';

/** What enrich writes for Idlib, the FSA and a quoted commander: ninjs entries plus its own entities. */
function enriched(): Article {
  const article = anArticle({
    places: [
      {
        name: 'Idlib',
        rel: 'mentioned',
        uri: 'https://sws.geonames.org/169389/',
        literal: 'geonames:169389',
        geoJSON: { type: 'Point', coordinates: [36.63, 35.93] },
      },
    ],
    organisations: [
      {
        name: 'Free Syrian Army',
        rel: 'mentioned',
        uri: 'http://www.wikidata.org/entity/Q1046488',
        literal: 'actor:free-syrian-army',
      },
    ],
    people: [{ name: 'Hussam Salamah', rel: 'quoted-source', literal: 'person:husam-salamah' }],
    subjects: [
      {
        name: 'armed conflict',
        uri: 'http://cv.iptc.org/newscodes/mediatopic/16000000',
        literal: 'medtop:16000000',
        rel: 'about',
      },
    ],
  });
  article.newsroom.enrichment = {
    entities: {
      places: [{ id: 'geonames:169389', nameEn: 'Idlib', nameAr: 'إدلب' }],
      organisations: [{ id: 'actor:free-syrian-army', nameEn: 'Free Syrian Army', nameAr: 'الجيش السوري الحر' }],
      people: [{ id: 'person:husam-salamah', nameEn: 'Hussam Salamah' }],
    },
  } as unknown as Article['newsroom']['enrichment'];
  return article;
}

describe('articleFacts', () => {
  it('keys each place, organisation and person once, by enrich id, so none outweighs another in related news', () => {
    expect(articleFacts(enriched()).facts).toEqual([
      'organisation:actor:free-syrian-army',
      'person:person:husam-salamah',
      'place:geonames:169389',
      'subject:http://cv.iptc.org/newscodes/mediatopic/16000000',
    ]);
  });

  it('still filters by every name a fact is known by: URI, enrich id, names in both languages', () => {
    const keys = articleFacts(enriched()).filterKeys;
    expect(keys).toEqual(
      expect.arrayContaining([
        'place:https://sws.geonames.org/169389/',
        'place:geonames:169389',
        'place:idlib',
        'place:ادلب',
        'organisation:http://www.wikidata.org/entity/Q1046488',
        'organisation:actor:free-syrian-army',
      ]),
    );
  });

  it('keys a place a feed sent without enrich id by its URI', () => {
    const article = anArticle({ places: [{ name: 'Douma', uri: 'https://sws.geonames.org/170592/' }] });
    expect(articleFacts(article).facts).toEqual(['place:https://sws.geonames.org/170592/']);
  });
});
