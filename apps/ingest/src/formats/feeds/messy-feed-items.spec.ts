import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../parse-document';
import { rss } from './fixtures/rss-fixtures';

const RECEIVED = new Date('2018-09-25T10:00:00Z');
const SAO_PAULO = { timeZone: 'America/Sao_Paulo', receivedAt: RECEIVED };
const REAL_FEEDS = join(__dirname, '../../../../../test/fixtures/real-feeds');

function itemDated(guid: string, pubDate: string): string {
  return `<item><guid>${guid}</guid><title>Headline ${guid}</title><pubDate>${pubDate}</pubDate><description>Text.</description></item>`;
}

function parse(text: string, options = SAO_PAULO) {
  return parseDocument(Buffer.from(text), 'application/rss+xml', options);
}

describe('RSS items dated in notations other than RFC 822', () => {
  it("reads a pubDate with no zone as the feed's wall-clock time, and one in ISO 8601", () => {
    const { stories } = parse(
      rss(itemDated('a', '2018-09-18 14:38:10') + itemDated('b', '2018-09-18T14:38:10+08:00'), 'zh'),
    );
    expect(stories.map((s) => [s.publishedAt, s.intakeNotes?.dateSource])).toEqual([
      ['2018-09-18T17:38:10.000Z', 'item'],
      ['2018-09-18T06:38:10.000Z', 'item'],
    ]);
  });

  it('reads day and month names in Portuguese, Spanish, French, German and Italian', () => {
    const items = [
      'Seg, 24 Set 2018 19:42:40 -0300',
      'mié, 03 oct. 2018 08:00:00 +0200',
      'lun., 01 févr. 2021 09:30:00 +0100',
      'Mo, 04 Mär 2019 12:00:00 +0100',
      'gio, 11 ott 2017 11:41:00 +0200',
    ].map((date, index) => itemDated(`d${index}`, date));
    const { stories } = parse(rss(items.join(''), 'pt'));
    expect(stories.map((s) => s.publishedAt)).toEqual([
      '2018-09-24T22:42:40.000Z',
      '2018-10-03T06:00:00.000Z',
      '2021-02-01T08:30:00.000Z',
      '2019-03-04T11:00:00.000Z',
      '2017-10-11T09:41:00.000Z',
    ]);
  });

  it("dates an item whose date it cannot read as an undated one: by the feed's date, and says so", () => {
    const channelDate = '<lastBuildDate>Mon, 24 Sep 2018 23:00:00 GMT</lastBuildDate>';
    const [story] = parse(rss(itemDated('x', 'yesterday at noon'), 'en', channelDate)).stories;
    expect(story).toMatchObject({ publishedAt: '2018-09-24T23:00:00.000Z', intakeNotes: { dateSource: 'feed' } });
    const [received] = parse(rss(itemDated('y', '18/09/2018'), 'en')).stories;
    expect(received).toMatchObject({ publishedAt: RECEIVED.toISOString(), intakeNotes: { dateSource: 'received' } });
  });

  it('still refuses an item whose date reads but cannot be, since the item said something wrong', () => {
    const { stories, refused } = parse(
      rss(itemDated('ok', '2018-09-18 14:38:10') + itemDated('no', '2018-02-30 10:00')),
    );
    expect(stories).toHaveLength(1);
    expect(refused).toMatchObject([{ guid: 'no', code: 'UNUSABLE', pointer: '/rss/channel/item[2]/pubDate' }]);
  });
});

describe('an RSS 2.0 item with a description and no title', () => {
  const untitled = (description: string): string =>
    `<item><guid>u</guid><pubDate>Fri, 30 May 2003 11:06:42 GMT</pubDate><description>${description}</description></item>`;

  it('is headed by its first sentence as plain text, and noted as a brief', () => {
    const [story] = parse(
      rss(
        untitled('Sky watchers in the U.S. will see a &lt;a href="x"&gt;partial eclipse&lt;/a&gt;. More soon.'),
        'en',
      ),
    ).stories;
    expect(story).toMatchObject({
      headline: 'Sky watchers in the U.S. will see a partial eclipse.',
      paragraphs: ['Sky watchers in the U.S. will see a partial eclipse. More soon.'],
      intakeNotes: { brief: true },
    });
  });

  it('cuts a long first sentence at a word, with an ellipsis', () => {
    const long = 'word '.repeat(40).trim();
    const [story] = parse(rss(untitled(long), 'en')).stories;
    expect(story.headline).toMatch(/^(word ){22,}word…$/);
    expect(story.headline.length).toBeLessThanOrEqual(121);
  });

  it('is still refused when it has neither title nor description', () => {
    const { refused } = parse(rss(untitled('') + itemDated('ok', 'Fri, 30 May 2003 11:06:42 GMT'), 'en'));
    expect(refused).toMatchObject([{ code: 'UNUSABLE', pointer: '/rss/channel/item[1]/title' }]);
  });
});

describe('the real feeds these rules were written for', () => {
  const real = (file: string) => parseDocument(readFileSync(join(REAL_FEEDS, file)), 'application/rss+xml', SAO_PAULO);

  it('accepts every item of UOL (Portuguese dates) and QQ (no zone)', () => {
    expect(real('rss/uol-noticias-pt.rss')).toMatchObject({ refused: [] });
    expect(real('rss/uol-noticias-pt.rss').stories[0].publishedAt).toBe('2018-09-24T22:42:40.000Z');
    expect(real('rss/qq-news-gb2312.rss').refused).toEqual([]);
  });

  it("heads NASA's untitled item by its description", () => {
    const { stories, refused } = real('rss/nasa-liftoff-rss2sample.rss');
    expect(refused).toEqual([]);
    expect(stories[1]).toMatchObject({
      headline: expect.stringMatching(/^Sky watchers in Europe/),
      intakeNotes: { brief: true },
    });
  });
});
