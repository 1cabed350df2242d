import { articleUri } from '@news/contracts';
import { PublishHarness, aStory, enrichedEvent, publishHarness } from '../publish.test-helper';
import { CacheKeys } from '../published/cache-keys';
import { ArticleKilled } from '../published/read-errors';

const IDLIB = { name: 'Idlib', uri: 'https://sws.geonames.org/169389/' };
const SARAQIB = { name: 'Saraqib', uri: 'https://sws.geonames.org/163532/' };
const HTS = { name: 'Hayat Tahrir al-Sham', uri: 'https://www.wikidata.org/wiki/Q28843467' };

describe('related news from Postgres, cached in the real Redis', () => {
  let h: PublishHarness;
  const subject = aStory('subject', {
    headlines: [{ value: 'Factions capture ISIS members in southeastern Idlib' }],
    bodies: [
      { contentType: 'text/plain', value: 'Factions captured members of the Islamic State near Saraqib, Idlib.' },
    ],
    places: [IDLIB, SARAQIB],
    organisations: [HTS],
    versionCreated: '2018-02-13T09:00:00.000Z',
  });
  const id = (guid: string) => aStory(guid).newsroom.articleId;

  beforeAll(async () => {
    h = await publishHarness('related');
    const others = [
      // Shares the rare town and the faction: the most related.
      aStory('saraqib-clash', {
        headlines: [{ value: 'Clashes near Saraqib leave fighters dead' }],
        bodies: [{ contentType: 'text/plain', value: 'Fighting broke out near Saraqib.' }],
        places: [IDLIB, SARAQIB],
        organisations: [HTS],
        versionCreated: '2018-02-12T09:00:00.000Z',
      }),
      // Its Arabic translation: the same story, shown once (in the reader's language: the English one).
      aStory('saraqib-clash-ar', {
        language: 'ar',
        headlines: [{ value: 'اشتباكات قرب سراقب' }],
        bodies: [{ contentType: 'text/plain', value: 'اندلعت اشتباكات قرب سراقب.' }],
        places: [IDLIB, SARAQIB],
        organisations: [HTS],
        newsroom: { translation: { fromLanguage: 'en', originalUri: articleUri(id('saraqib-clash')) } },
        versionCreated: '2018-02-12T10:00:00.000Z',
      }),
      // Arabic only, sharing Idlib: related, after the English ones.
      aStory('idlib-ar', {
        language: 'ar',
        headlines: [{ value: 'قصف على ريف إدلب' }],
        bodies: [{ contentType: 'text/plain', value: 'قصف على ريف إدلب الجنوبي.' }],
        places: [IDLIB],
        versionCreated: '2018-02-13T08:00:00.000Z',
      }),
      // Shares only Idlib, as many do.
      aStory('idlib-market', {
        headlines: [{ value: 'Market reopens in Idlib city' }],
        bodies: [{ contentType: 'text/plain', value: 'The main market reopened.' }],
        places: [IDLIB],
        versionCreated: '2017-06-01T09:00:00.000Z',
      }),
      // The subject's own translation and a duplicate from another feed: never related.
      aStory('subject-ar', {
        language: 'ar',
        headlines: [{ value: 'فصائل تأسر عناصر من التنظيم' }],
        places: [IDLIB, SARAQIB],
        newsroom: { translation: { fromLanguage: 'en', originalUri: subject.uri } },
      }),
      aStory('subject-duplicate', {
        headlines: subject.headlines,
        bodies: subject.bodies,
        places: [IDLIB, SARAQIB],
        organisations: [HTS],
      }),
      // Nothing in common.
      aStory('unrelated', { headlines: [{ value: 'Weather warning for Lattakia' }], bodies: [{ value: 'Snow.' }] }),
    ];
    for (const article of [subject, ...others]) await h.publish.execute(enrichedEvent(article));
  });

  afterAll(async () => {
    await h.close();
  });

  it('ranks by shared rare facts, shows each story once in the reader language first, never its own story or a duplicate', async () => {
    const { items } = await h.findRelated.execute(subject.newsroom.articleId);
    const uris = items.map((i) => i.uri);
    expect(uris).toEqual([articleUri(id('saraqib-clash')), articleUri(id('idlib-market')), articleUri(id('idlib-ar'))]);
    expect(items[0].why).toEqual(
      expect.arrayContaining([`shares place:${SARAQIB.uri}`, `shares organisation:${HTS.uri}`]),
    );
    expect(items[0].score).toBeGreaterThan(items[1].score);
  });

  it('makes one computation for 100 concurrent misses', async () => {
    const target = id('idlib-market');
    const before = h.findRelated.computed;
    const answers = await Promise.all(Array.from({ length: 100 }, () => h.findRelated.execute(target)));
    expect(h.findRelated.computed - before).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    await h.findRelated.execute(target);
    expect(h.findRelated.computed - before).toBe(1);
  });

  it('answers a hit with exactly the text Redis holds, computing nothing', async () => {
    const target = id('saraqib-clash');
    const miss = await h.findRelated.serve(target);
    const before = h.findRelated.computed;
    const hit = await h.findRelated.serve(target);
    expect(miss.cached).toBe(false);
    expect(hit).toEqual({ json: miss.json, cached: true });
    expect(hit.json).toBe(await h.redis.get(CacheKeys.related(h.config.database.schemaPrefix, target)));
    expect(h.findRelated.computed).toBe(before);
    expect(JSON.parse(hit.json)).toEqual(await h.findRelated.execute(target));
  });

  it('answers a killed article as killed although its related news was cached', async () => {
    const doomed = aStory('doomed', { version: '1', places: [IDLIB], headlines: [{ value: 'Convoy enters Idlib' }] });
    await h.publish.execute(enrichedEvent(doomed));
    expect((await h.findRelated.serve(doomed.newsroom.articleId)).cached).toBe(false);
    expect((await h.findRelated.serve(doomed.newsroom.articleId)).cached).toBe(true);
    const kill = aStory('doomed', { version: '2', pubStatus: 'canceled', edNote: 'Withdrawn: wrong town.' });
    await h.publish.execute(enrichedEvent(kill));
    await expect(h.findRelated.serve(doomed.newsroom.articleId)).rejects.toThrow(ArticleKilled);
  });

  it('shows a newly published story that shares a fact within a second, by invalidating the cached answer', async () => {
    const target = subject.newsroom.articleId;
    await h.findRelated.execute(target); // cached
    const fresh = aStory('fresh-hts', {
      headlines: [{ value: 'HTS detains activists' }],
      bodies: [{ contentType: 'text/plain', value: 'The group detained three activists.' }],
      organisations: [HTS],
      versionCreated: '2018-02-13T10:00:00.000Z',
    });
    const started = Date.now();
    await h.publish.execute(enrichedEvent(fresh));
    const { items } = await h.findRelated.execute(target);
    expect(items.map((i) => i.uri)).toContain(fresh.uri);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('related news with Redis down', () => {
  let h: PublishHarness;

  beforeAll(async () => {
    h = await publishHarness('related_noredis', 'redis://127.0.0.1:1');
  });

  afterAll(async () => {
    await h.close();
  });

  it('computes every answer from Postgres, correctly', async () => {
    const a = aStory('a', { places: [IDLIB], headlines: [{ value: 'Shelling in Idlib' }] });
    const b = aStory('b', {
      places: [IDLIB],
      headlines: [{ value: 'Aid arrives in Idlib' }],
      bodies: [{ value: 'Trucks.' }],
    });
    await h.publish.execute(enrichedEvent(a));
    await h.publish.execute(enrichedEvent(b));
    expect((await h.findRelated.execute(a.newsroom.articleId)).items.map((i) => i.uri)).toEqual([b.uri]);
    expect((await h.findRelated.execute(a.newsroom.articleId)).items.map((i) => i.uri)).toEqual([b.uri]);
    expect(h.findRelated.computed).toBe(2);
  });
});
