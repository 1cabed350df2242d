import { parseDocument } from '../parse-document';
import { DATED_ITEM, TITLE_AND_LINK_ITEM, rss } from './fixtures/rss-fixtures';

const RECEIVED = new Date('2018-02-14T10:15:00Z');
const OPTIONS = { timeZone: 'Asia/Damascus', receivedAt: RECEIVED };
const RSS = 'application/rss+xml';

function parse(text: string, contentType = RSS) {
  return parseDocument(Buffer.from(text), contentType, OPTIONS);
}

describe('an RSS feed with one good item and one with only a title and a link', () => {
  const { stories, refused } = parse(rss(DATED_ITEM + TITLE_AND_LINK_ITEM, 'en'));
  const brief = stories[1];

  it('accepts both', () => {
    expect(refused).toEqual([]);
    expect(stories.map((story) => story.headline)).toEqual([
      'Fighters take a village south of Idlib',
      'Schools reopen in Idlib',
    ]);
  });

  it('keeps the good item as it is, dated by itself', () => {
    expect(stories[0]).toMatchObject({ publishedAt: '2018-02-14T08:00:00.000Z', intakeNotes: { dateSource: 'item' } });
    expect(stories[0].intakeNotes?.brief).toBeUndefined();
  });

  it('makes the other a brief: its title is its one paragraph, linked to the story it announces', () => {
    expect(brief).toMatchObject({
      paragraphs: ['Schools reopen in Idlib'],
      html: '<p><a href="https://smartnews-agency.com/en/3">Schools reopen in Idlib</a></p>',
      intakeNotes: { brief: true },
    });
  });

  it('keeps its link as its id, since it has no guid', () => {
    expect(brief.guid).toBe('https://smartnews-agency.com/en/3');
  });

  it('dates it by the time received when the channel has no date either, and says so', () => {
    expect(brief).toMatchObject({ publishedAt: RECEIVED.toISOString(), intakeNotes: { dateSource: 'received' } });
  });

  it('notes the encoding on every story', () => {
    expect(stories.map((story) => story.intakeNotes?.encoding)).toEqual(['utf-8 (declared)', 'utf-8 (declared)']);
  });
});

describe('undated feed items', () => {
  const undated = `<item><guid>u1</guid><title>Shelling hits Douma</title><description>Shelling hit a market.</description></item>`;

  it("take the channel's lastBuildDate, else its pubDate", () => {
    const built = parse(
      rss(
        undated,
        'en',
        '<lastBuildDate>Tue, 13 Feb 2018 12:00:00 GMT</lastBuildDate><pubDate>Tue, 13 Feb 2018 06:00:00 GMT</pubDate>',
      ),
    );
    expect(built.stories[0]).toMatchObject({
      publishedAt: '2018-02-13T12:00:00.000Z',
      intakeNotes: { dateSource: 'feed' },
    });
    const published = parse(rss(undated, 'en', '<pubDate>Tue, 13 Feb 2018 06:00:00 GMT</pubDate>'));
    expect(published.stories[0].publishedAt).toBe('2018-02-13T06:00:00.000Z');
  });

  it("take the time received when the channel's own date is unreadable", () => {
    const { stories } = parse(rss(undated, 'en', '<lastBuildDate>yesterday</lastBuildDate>'));
    expect(stories[0]).toMatchObject({ publishedAt: RECEIVED.toISOString(), intakeNotes: { dateSource: 'received' } });
  });

  it("take the Atom feed's updated, else the time received", () => {
    const feed = (updated: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><id>urn:f</id><title>F</title>${updated}<entry><id>urn:e1</id><title>Shelling hits Douma</title><content>Shelling hit a market.</content></entry></feed>`;
    expect(parse(feed('<updated>2018-02-13T12:00:00Z</updated>'), 'application/atom+xml').stories[0]).toMatchObject({
      publishedAt: '2018-02-13T12:00:00.000Z',
      intakeNotes: { dateSource: 'feed' },
    });
    expect(parse(feed(''), 'application/atom+xml').stories[0].intakeNotes).toMatchObject({ dateSource: 'received' });
  });
});

describe('a feed with one good item and one with neither body, link nor date', () => {
  const bodiless = '<item><guid>b1</guid><title>Breaking: clashes in Daraa</title></item>';
  const { stories, storyIndexes, refused } = parse(rss(bodiless + DATED_ITEM, 'en'));

  it('accepts the good item and refuses the other on its own, naming the field', () => {
    expect(stories.map((story) => story.guid)).toEqual(['smart-en-2']);
    expect(storyIndexes).toEqual([1]);
    expect(refused).toEqual([
      {
        index: 0,
        guid: 'b1',
        code: 'UNUSABLE',
        message: 'the item has no body text (/rss/channel/item[1]/description)',
        pointer: '/rss/channel/item[1]/description',
      },
    ]);
  });
});
