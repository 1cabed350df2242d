import { PublishHarness, aStory, enrichedEvent, publishHarness } from '../publish.test-helper';
import { InvalidQuery } from '../published/read-errors';

describe('GET /v1/articles against the real Postgres', () => {
  let h: PublishHarness;

  beforeAll(async () => {
    h = await publishHarness('list');
    const stories = [
      aStory('l1', {
        language: 'ar',
        headlines: [{ value: 'قصف على مدينة إدلب' }],
        bodies: [{ contentType: 'text/plain', value: 'قصفت الطائرات مدينة إدلب صباح اليوم.' }],
        subjects: [{ name: 'خبر عسكري', rel: 'category', literal: 'military' }],
        places: [{ name: 'إدلب', uri: 'https://sws.geonames.org/169389/' }],
      }),
      aStory('l2', {
        headlines: [{ value: 'Shelling hits Idlib city' }],
        bodies: [{ contentType: 'text/plain', value: 'Warplanes shelled the city of Idlib on Monday.' }],
        subjects: [{ name: 'Military', rel: 'category', literal: 'military' }],
        places: [{ name: 'Idlib', uri: 'https://sws.geonames.org/169389/' }],
        organisations: [{ name: 'Syrian Civil Defence', uri: 'https://www.wikidata.org/wiki/Q21856018' }],
        versionCreated: '2018-02-14T08:00:00.000Z',
      }),
      aStory('l3', {
        headlines: [{ value: 'Aid convoy reaches Douma' }],
        bodies: [{ contentType: 'text/plain', value: 'A convoy of aid reached Douma.' }],
        subjects: [{ name: 'Humanitarian', rel: 'category', literal: 'humanitarian' }],
      }),
    ];
    for (const story of stories) await h.publish.execute(enrichedEvent(story));
  });

  afterAll(async () => {
    await h.close();
  });

  const ids = (items: { newsroom: { articleId: string } }[]) => items.map((a) => a.newsroom.articleId);
  const id = (guid: string) => aStory(guid).newsroom.articleId;

  it('pages newest first by cursor, and an article published meanwhile never shifts a later page', async () => {
    const first = await h.list.execute({ limit: '2' });
    expect(ids(first.items)).toEqual([id('l3'), id('l2')]);
    expect(first.nextCursor).toEqual(expect.any(String));
    await h.publish.execute(enrichedEvent(aStory('l4')));
    const second = await h.list.execute({ limit: '2', cursor: first.nextCursor! });
    expect(ids(second.items)).toEqual([id('l1')]);
    expect(second.nextCursor).toBeNull();
    expect(ids((await h.list.execute({ limit: '1' })).items)).toEqual([id('l4')]);
  });

  it('keeps an updated article where it was first published', async () => {
    await h.publish.execute(enrichedEvent(aStory('l1', { version: '2', language: 'ar' })));
    const all = await h.list.execute({ limit: '10' });
    expect(ids(all.items).indexOf(id('l1'))).toBe(ids(all.items).length - 1);
  });

  it('filters by language, category, place, organisation and since', async () => {
    await h.publish.execute(
      enrichedEvent(
        aStory('l1', {
          version: '3',
          language: 'ar',
          headlines: [{ value: 'قصف على مدينة إدلب' }],
          bodies: [{ contentType: 'text/plain', value: 'قصفت الطائرات مدينة إدلب صباح اليوم.' }],
          subjects: [{ name: 'خبر عسكري', rel: 'category', literal: 'military' }],
          places: [{ name: 'إدلب', uri: 'https://sws.geonames.org/169389/' }],
        }),
      ),
    );
    expect(ids((await h.list.execute({ language: 'ar' })).items)).toEqual([id('l1')]);
    expect(ids((await h.list.execute({ category: 'military' })).items)).toEqual([id('l2'), id('l1')]);
    expect(ids((await h.list.execute({ place: 'https://sws.geonames.org/169389/' })).items)).toEqual([
      id('l2'),
      id('l1'),
    ]);
    expect(ids((await h.list.execute({ organisation: 'https://www.wikidata.org/wiki/Q21856018' })).items)).toEqual([
      id('l2'),
    ]);
    expect(ids((await h.list.execute({ since: '2018-02-13T00:00:00Z' })).items)).toEqual([id('l2')]);
  });

  it('searches English with stemming and Arabic with its letter variants folded', async () => {
    expect(ids((await h.list.execute({ q: 'warplane' })).items)).toEqual([id('l2')]);
    // "ادلب" (bare alef) finds the article that wrote "إدلب".
    expect(ids((await h.list.execute({ q: 'ادلب' })).items)).toEqual([id('l1')]);
    expect(ids((await h.list.execute({ q: 'aid convoy' })).items)).toEqual([id('l3')]);
  });

  it('refuses a cursor it did not give out and a limit out of range', async () => {
    await expect(h.list.execute({ cursor: 'not-a-cursor' })).rejects.toThrow(InvalidQuery);
    await expect(h.list.execute({ limit: '1000' })).rejects.toThrow(InvalidQuery);
  });
});
