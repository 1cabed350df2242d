import { ArticleEventTypes, ChangeEventTypes, Topics, articleUri } from '@news/contracts';
import { PublishHarness, aStory, enrichedEvent, publishHarness } from '../publish.test-helper';
import { ArticleKilled } from './read-errors';
import { PublishedArticle } from './published-article.entity';

/** publish's consumer path on a real Postgres schema and the real Redis. */
describe('PublishArticleUseCase against the real Postgres and Redis', () => {
  let h: PublishHarness;

  beforeAll(async () => {
    h = await publishHarness('publish');
  });

  afterAll(async () => {
    await h.close();
  });

  it('announces each new version on both topics with an id of article and version, and serves the newest', async () => {
    const v1 = aStory('douma', { version: '1', headlines: [{ value: 'Shelling hits Douma' }] });
    const id = v1.newsroom.articleId;
    const first = await h.publish.execute(enrichedEvent(v1));
    expect(first.map((o) => [o.topic, o.event.type, o.event.id])).toEqual([
      [Topics.published, ArticleEventTypes.published, `${id}.v1`],
      [Topics.publishedChanges, ChangeEventTypes.published, `${id}.v1.published`],
    ]);
    expect((await h.read.execute(id)).headlines[0].value).toBe('Shelling hits Douma');

    const v2 = aStory('douma', { version: '2', headlines: [{ value: 'Shelling hits Douma, nine dead' }] });
    const [second] = await h.publish.execute(enrichedEvent(v2));
    expect(second.event.id).toBe(`${id}.v2`);
    // The cached version 1 was invalidated by the write: the reader sees version 2.
    expect((await h.read.execute(id)).headlines[0].value).toBe('Shelling hits Douma, nine dead');
    expect((await h.read.versions(id)).map((a) => a.version)).toEqual(['1', '2']);
  });

  it('neither stores nor announces an older version that arrives late', async () => {
    await h.publish.execute(enrichedEvent(aStory('village', { version: '1' })));
    await h.publish.execute(enrichedEvent(aStory('village', { version: '2' })));
    expect(await h.publish.execute(enrichedEvent(aStory('village', { version: '1' })))).toEqual([]);
    const stored = await h.dataSource
      .getRepository(PublishedArticle)
      .findOneByOrFail({ articleId: aStory('village').newsroom.articleId });
    expect(stored.version).toBe(2);
  });

  it('announces a version flagged as a correction as "corrected", with its edNote', async () => {
    await h.publish.execute(enrichedEvent(aStory('typo', { version: '1' })));
    const correction = aStory('typo', {
      version: '2',
      edNote: 'Corrects the number of dead: nine, not ninety.',
      newsroom: { correction: true },
    });
    const outputs = await h.publish.execute(enrichedEvent(correction));
    const change = outputs.find((o) => o.topic === Topics.publishedChanges)!;
    expect(change.event.type).toBe(ChangeEventTypes.corrected);
    expect(change.event.article.edNote).toBe('Corrects the number of dead: nine, not ninety.');
    expect((await h.read.execute(correction.newsroom.articleId)).edNote).toMatch(/nine, not ninety/);
  });

  it('turns an upstream kill into a kill event, the canceled version, a tombstone and a 410, and kills its translations', async () => {
    const original = aStory('killed-original', { version: '1', language: 'ar' });
    const translation = aStory('killed-translation', {
      version: '1',
      language: 'en',
      newsroom: { translation: { fromLanguage: 'ar', originalUri: articleUri(original.newsroom.articleId) } },
    });
    await h.publish.execute(enrichedEvent(original));
    await h.publish.execute(enrichedEvent(translation));
    expect((await h.read.execute(translation.newsroom.articleId)).language).toBe('en');

    const kill = aStory('killed-original', {
      version: '2',
      language: 'ar',
      pubStatus: 'canceled',
      edNote: 'Withdrawn: the source retracted the report.',
    });
    const outputs = await h.publish.execute(enrichedEvent(kill));
    expect(
      outputs.map((o) => [o.topic, o.event.type, o.event.article.newsroom.articleId, !!o.event.tombstone]),
    ).toEqual([
      [Topics.publishedChanges, ChangeEventTypes.killed, original.newsroom.articleId, false],
      [Topics.published, ArticleEventTypes.published, original.newsroom.articleId, false],
      [Topics.published, ArticleEventTypes.published, original.newsroom.articleId, true],
      [Topics.publishedChanges, ChangeEventTypes.killed, translation.newsroom.articleId, false],
      [Topics.published, ArticleEventTypes.published, translation.newsroom.articleId, false],
      [Topics.published, ArticleEventTypes.published, translation.newsroom.articleId, true],
    ]);
    const killedTranslation = outputs[3].event.article;
    expect(killedTranslation).toMatchObject({ version: '2', pubStatus: 'canceled', edNote: kill.edNote });
    await expect(h.read.execute(original.newsroom.articleId)).rejects.toThrow(ArticleKilled);
    await expect(h.read.execute(translation.newsroom.articleId)).rejects.toMatchObject({
      notice: 'Withdrawn: the source retracted the report.',
    });
    expect((await h.list.execute({})).items.map((a) => a.newsroom.articleId)).not.toContain(
      translation.newsroom.articleId,
    );
  });

  it('holds an article under embargo: stored, not served, not announced', async () => {
    const embargoed = aStory('embargoed', { embargoedUntil: new Date(Date.now() + 3_600_000).toISOString() });
    expect(await h.publish.execute(enrichedEvent(embargoed))).toEqual([]);
    await expect(h.read.execute(embargoed.newsroom.articleId)).rejects.toMatchObject({ code: 'ARTICLE_NOT_FOUND' });
    const [held]: { version: number }[] = await h.dataSource.query(
      `SELECT version FROM "${h.prefix}_publish".embargoed_articles WHERE article_id = $1`,
      [embargoed.newsroom.articleId],
    );
    expect(held.version).toBe(1);
  });
});
