import { DataSource } from 'typeorm';
import { openServiceDataSource, schemaName } from '@news/persistence';
import { testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { DuplicateDetector } from '../../dedupe/duplicate-detector';
import { Feed } from '../../feeds/feed.entity';
import { IntakeError } from '../../formats/intake-error';
import { ParsedArticle } from '../../formats/parsed-article';
import { loadIngestConfig } from '../../ingest-config';
import { INGEST_ENTITIES, INGEST_MIGRATIONS } from '../../ingest-database';
import { ArticleOutbox } from '../../outbox/article-outbox';
import { ArticleOutboxRelay } from '../../outbox/article-outbox-relay';
import { TranslationLinker } from '../../translations/translation-linker';
import { AcceptArticleUseCase } from './accept-article.use-case';

const PARAGRAPHS = [
  'Free Syrian Army factions said on Tuesday they had taken the village of al-Khoain south of Idlib after clashes with Islamic State fighters.',
  'A commander of the operations room told reporters that dozens of fighters had surrendered and were being held under guard.',
  'Residents said the shelling of nearby villages had stopped by the evening, and that families who fled had begun to return.',
];

function story(feed: string, guid: string, paragraphs = PARAGRAPHS): { feed: string; parsed: ParsedArticle } {
  return {
    feed,
    parsed: {
      guid,
      headline: 'Factions take al-Khoain from Islamic State',
      paragraphs,
      credits: [],
      publishedAt: '2018-02-13T09:56:59.000Z',
      tags: [],
      language: 'en',
      links: { related: [] },
    },
  };
}

/**
 * The use case with its real collaborators on a real Postgres schema; only
 * the relay's wake-up call is a stub (sending is the relay's business, tested
 * on its own and end to end).
 */
describe('AcceptArticleUseCase against the real Postgres', () => {
  const prefix = uniqueRunPrefix('accept');
  const config = loadIngestConfig({ DATABASE_URL: testInfrastructure.databaseUrl, PG_SCHEMA_PREFIX: `${prefix}_` });
  let dataSource: DataSource;
  let accept: AcceptArticleUseCase;
  let wakeUps = 0;

  beforeAll(async () => {
    dataSource = await openServiceDataSource({
      url: config.database.url,
      schema: schemaName(config.database.schemaPrefix, 'ingest'),
      entities: INGEST_ENTITIES,
      migrations: INGEST_MIGRATIONS,
      poolSize: 4,
    });
    const relay = { kick: () => void wakeUps++ } as unknown as ArticleOutboxRelay;
    const outbox = new ArticleOutbox(config, relay);
    accept = new AcceptArticleUseCase(dataSource, outbox, new DuplicateDetector(config), new TranslationLinker(outbox));
  });

  afterAll(async () => {
    await dataSource.query(`DROP SCHEMA IF EXISTS "${prefix}_ingest" CASCADE`);
    await dataSource.destroy();
  });

  const outboxKeys = async () =>
    (
      await dataSource.query<
        {
          key: string;
        }[]
      >(`SELECT message->>'key' AS key FROM "${prefix}_ingest".outbox ORDER BY id`)
    ).map((r) => r.key);

  it('stores a new article with its event, answers a re-post unchanged, and queues a changed body as version 2', async () => {
    const first = await accept.execute(story('wire-a', 'a-1'));
    expect(first).toMatchObject({ version: 1, outcome: 'created' });
    expect(await accept.execute(story('wire-a', 'a-1'))).toMatchObject({
      articleId: first.articleId,
      version: 1,
      outcome: 'unchanged',
    });
    const changed = [
      ...PARAGRAPHS.slice(0, 2),
      'By nightfall the factions said the village was fully under their control.',
    ];
    expect(await accept.execute(story('wire-a', 'a-1', changed))).toMatchObject({
      articleId: first.articleId,
      version: 2,
      outcome: 'new-version',
    });

    expect(await outboxKeys()).toEqual([first.articleId, first.articleId]);
    expect(wakeUps).toBe(2);
  });

  it('stores the same story from another feed as a duplicate that queues nothing', async () => {
    const market = [
      'Shelling hit a crowded market in Douma on Monday morning, killing at least nine people, a local rescue team said.',
      'The rescuers said they pulled survivors from the rubble of two buildings and took the wounded to a field hospital.',
      'Activists said warplanes circled over the town for hours after the strike and that shops stayed shut in the afternoon.',
    ];
    const original = await accept.execute(story('wire-b', 'b-1', market));
    const before = (await outboxKeys()).length;
    const copy = await accept.execute(story('wire-c', 'c-1', market));

    expect(copy).toMatchObject({ outcome: 'duplicate', version: 1, duplicateOf: original.articleId });
    expect((await outboxKeys()).length).toBe(before);
  });

  it("publishes a higher-priority feed's story even when a lower one sent a near copy first", async () => {
    const siege = [
      'Government forces tightened the siege of Eastern Ghouta on Wednesday, residents said, as food prices rose again.',
      'A local council said bread had run out in two towns and that the last crossing had been closed since the weekend.',
      'Aid agencies said a convoy was waiting for permission to enter and that medical supplies were running short.',
    ];
    const feeds = dataSource.getRepository(Feed);
    const feed = (name: string, priority: number) => ({
      name,
      keyHash: '0'.repeat(64),
      previousKeyHash: null,
      previousKeyExpiresAt: null,
      requireSignature: false,
      signingSecretSealed: null,
      rateLimitPerMinute: 60,
      createdAt: new Date(),
      disabled: false,
      priority,
    });
    await feeds.insert([feed('aggregator', -10), feed('staff', 10)]);

    const early = await accept.execute(story('aggregator', 'agg-1', siege));
    const own = await accept.execute(story('staff', 'staff-1', siege));
    expect(early.outcome).toBe('created');
    expect(own).toMatchObject({ outcome: 'created' });
    expect(own.duplicateOf).toBeUndefined();
    // A feed at 0 sits between them: the staff copy leads it, the aggregator's does not.
    expect(await accept.execute(story('wire-e', 'e-1', siege))).toMatchObject({
      outcome: 'duplicate',
      duplicateOf: own.articleId,
    });
  });

  it('refuses an article whose event Kafka would refuse and stores nothing of it', async () => {
    const huge = Array.from({ length: 8000 }, (_, n) => `Paragraph ${n}: ${PARAGRAPHS[n % 3]}`);
    const refused = accept.execute(story('wire-d', 'd-1', huge));

    await expect(refused).rejects.toBeInstanceOf(IntakeError);
    await expect(refused).rejects.toMatchObject({ code: 'TOO_LARGE' });
    const [{ count }] = await dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM "${prefix}_ingest".articles WHERE feed = 'wire-d'`,
    );
    expect(count).toBe(0);
    // Reading 8,000 paragraphs takes seconds on a busy machine: this test is about what is stored, not how fast.
  }, 60_000);

  it('queues the versions of one article in version order when they arrive together', async () => {
    // A story of its own, on a feed of its own: no earlier test's article can be its duplicate or share its id.
    const convoy = [
      'An aid convoy of twenty trucks reached the town of Atarib on Thursday, the local council said.',
      'The council said the trucks carried flour, blankets and medicine for families displaced from the south.',
      'Drivers said they waited two days at a checkpoint before they were allowed to pass.',
    ];
    const versions = async () =>
      (
        await dataSource.query<{ key: string; version: string }[]>(
          `SELECT message->>'key' AS key, message->'headers'->>'version' AS version
             FROM "${prefix}_ingest".outbox WHERE message->>'key' = ANY($1) ORDER BY id`,
          [ids],
        )
      ).map((r) => `${r.key}:${r.version}`);
    const ids: string[] = [];
    for (let n = 0; n < 20; n++) {
      const answers = await Promise.all(
        [0, 1, 2].map((k) => accept.execute(story('wire-f', `f-${n}`, [`Take ${k}: ${convoy[k]}`, ...convoy]))),
      );
      ids.push(answers[0].articleId);
    }
    const queued = await versions();
    for (const id of ids) {
      const own = queued.filter((q) => q.startsWith(`${id}:`)).map((q) => Number(q.split(':')[1]));
      expect(own).toEqual([1, 2, 3]);
    }
  }, 120_000);
});
