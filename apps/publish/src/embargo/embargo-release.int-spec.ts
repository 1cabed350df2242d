import { CloudEventHeaders as H, Topics, physicalTopic } from '@news/contracts';
import { headerText } from '@news/messaging';
import { readAtLeast, waitFor } from '@news/testing';
import { PublishHarness, aStory, enrichedEvent, publishHarness } from '../publish.test-helper';

jest.setTimeout(60_000);

/** The embargo scheduler and the admin kill, over the real broker, Postgres and Redis. */
describe('embargo release and admin kill over the real broker', () => {
  let h: PublishHarness;

  beforeAll(async () => {
    h = await publishHarness('embargo');
    await h.provisionTopics();
  });

  afterAll(async () => {
    await h.close();
  });

  it('releases an embargoed article at its time, even after the scheduler restarted, as "released"', async () => {
    const article = aStory('embargo-1', {
      subjects: [{ name: 'Military', rel: 'category', literal: 'military' }],
      embargoedUntil: new Date(Date.now() + 1500).toISOString(),
    });
    const id = article.newsroom.articleId;
    expect(await h.publish.execute(enrichedEvent(article))).toEqual([]);

    // A scheduler that stops before the time: the process restarting. The embargo is a row, not a timer.
    const before = h.scheduler(100);
    before.start();
    expect(await before.releaseDue()).toBe(0);
    await before.stop();
    await expect(h.read.execute(id)).rejects.toMatchObject({ code: 'ARTICLE_NOT_FOUND' });

    const after = h.scheduler(100);
    after.start();
    await waitFor(async () => (await h.store.find(h.dataSource, id)) !== null, 'the release', 10_000);
    const releasedAt = Date.now();
    expect(releasedAt).toBeGreaterThanOrEqual(new Date(article.embargoedUntil!).getTime());
    expect((await h.read.execute(id)).newsroom.articleId).toBe(id);

    const [change] = await readAtLeast(
      h.kafka,
      physicalTopic(h.prefix, Topics.publishedChanges),
      `${h.prefix}.changes-reader`,
      1,
    );
    expect(change.key?.toString()).toBe(id);
    expect(headerText(change.headers, H.type)).toBe('news.article.released');
    expect(headerText(change.headers, H.language)).toBe('en');
    expect(headerText(change.headers, H.category)).toBe('military');
    expect(headerText(change.headers, H.version)).toBe('1');
    const [current] = await readAtLeast(
      h.kafka,
      physicalTopic(h.prefix, Topics.published),
      `${h.prefix}.pub-reader`,
      1,
    );
    expect(current.key?.toString()).toBe(id);
    expect(headerText(current.headers, H.type)).toBe('org.newsroom.article.published.v1');
    // Released once: the row is gone.
    expect(await after.releaseDue()).toBe(0);
  });

  it("kills on an editor's call: kill event on the change topic, then a tombstone on the compacted topic", async () => {
    const article = aStory('admin-kill');
    const id = article.newsroom.articleId;
    await h.publish.execute(enrichedEvent(article));
    const result = await h.kill.execute(id, 'Withdrawn at the request of the source.');
    expect(result).toMatchObject({ articleId: id, version: '2', killed: [id] });
    await expect(h.read.execute(id)).rejects.toMatchObject({ code: 'ARTICLE_KILLED' });

    const changes = await readAtLeast(h.kafka, physicalTopic(h.prefix, Topics.publishedChanges), `${h.prefix}.k1`, 2);
    const kill = changes.find((m) => m.key?.toString() === id)!;
    expect(headerText(kill.headers, H.type)).toBe('news.article.killed');
    expect(JSON.parse(kill.value!.toString())).toMatchObject({
      pubStatus: 'canceled',
      edNote: 'Withdrawn at the request of the source.',
    });
    const published = await readAtLeast(h.kafka, physicalTopic(h.prefix, Topics.published), `${h.prefix}.k2`, 3);
    const mine = published.filter((m) => m.key?.toString() === id);
    expect(mine).toHaveLength(2);
    expect(JSON.parse(mine[0].value!.toString())).toMatchObject({ pubStatus: 'canceled' });
    expect(mine[1].value).toBeNull();
    expect(headerText(mine[1].headers, H.version)).toBe('2');
  });
});
