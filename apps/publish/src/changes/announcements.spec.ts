import { ArticleEventTypes, ChangeEventTypes, NEWSROOM_SCHEMA_ID, Topics, articleUri } from '@news/contracts';
import type { Article } from '@news/contracts';
import { announcementsOf, changeKindOf, isEmbargoed, killedVersionOf } from './announcements';

const id = 'a'.repeat(32);
const article: Article = {
  uri: articleUri(id),
  type: 'text',
  version: '3',
  language: 'en',
  headlines: [{ value: 'h' }],
  bodies: [{ value: 'b' }],
  firstCreated: '2018-02-12T08:00:00.000Z',
  versionCreated: '2018-02-12T08:00:00.000Z',
  pubStatus: 'usable',
  standard: { name: 'ninjs', version: '3.1', schema: NEWSROOM_SCHEMA_ID },
  newsroom: { articleId: id, source: { feed: 'f', guid: 'g' }, credits: [] },
};

describe('what publish announces', () => {
  it('tells a kill, a correction and a plain version apart', () => {
    expect(changeKindOf({ ...article, pubStatus: 'canceled' })).toBe('killed');
    expect(changeKindOf({ ...article, newsroom: { ...article.newsroom, correction: true } })).toBe('corrected');
    expect(changeKindOf(article)).toBe('published');
  });

  it('puts the kill event first, then the canceled version and a tombstone on the compacted topic', () => {
    const outputs = announcementsOf({ ...article, pubStatus: 'canceled' }, 'killed');
    expect(outputs.map((o) => [o.topic, o.event.type, o.event.id, o.event.tombstone ?? false])).toEqual([
      [Topics.publishedChanges, ChangeEventTypes.killed, `${id}.v3.killed`, false],
      [Topics.published, ArticleEventTypes.published, `${id}.v3`, false],
      [Topics.published, ArticleEventTypes.published, `${id}.v3.tombstone`, true],
    ]);
  });

  it('holds an article only while its embargo is in the future', () => {
    const now = new Date('2020-01-01T00:00:00Z');
    expect(isEmbargoed({ ...article, embargoedUntil: '2020-01-01T00:00:01Z' }, now)).toBe(true);
    expect(isEmbargoed({ ...article, embargoedUntil: '2019-12-31T23:59:59Z' }, now)).toBe(false);
    expect(isEmbargoed(article, now)).toBe(false);
  });

  it("makes a kill the article's canceled next version carrying the notice", () => {
    expect(killedVersionOf(article, 'Withdrawn.', new Date('2020-01-01T00:00:00Z'))).toMatchObject({
      version: '4',
      pubStatus: 'canceled',
      edNote: 'Withdrawn.',
      versionCreated: '2020-01-01T00:00:00.000Z',
    });
  });
});
