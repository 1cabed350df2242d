import { refusalOf } from '../intake-refusal.test-helper';
import { parseDocument } from '../parse-document';
import { ParsedArticle } from '../parsed-article';
import { rss } from './fixtures/rss-fixtures';

const DAMASCUS = { timeZone: 'Asia/Damascus' };

const TWO_ITEMS = `
    <item>
      <title>قصف على دوما</title>
      <link>https://smartnews-agency.com/ar/1</link>
      <guid isPermaLink="false">smart-ar-1</guid>
      <pubDate>Tue, 13 Feb 2018 11:56:59 +0200</pubDate>
      <dc:creator>تحرير أمنة رياض</dc:creator>
      <category>خبر عسكري</category>
      <category>دوما</category>
      <description>ملخص قصير</description>
      <content:encoded><![CDATA[<p>قصفت قوات النظام مدينة دوما.</p><p>وقال ناشطون إن <a href="javascript:alert(1)" onclick="x()">القصف</a> استهدف الأسواق.</p><img src=x onerror=alert(1)>]]></content:encoded>
    </item>
    <item>
      <title>Fighters take village</title>
      <link>https://smartnews-agency.com/en/2</link>
      <dc:date>2018-02-14T08:00:00Z</dc:date>
      <author>desk@smartnews-agency.com (SMART Desk)</author>
      <description>&lt;p&gt;The factions said that they had taken the village.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description>
    </item>`;

describe('parseRss on a channel with two items', () => {
  let articles: ParsedArticle[];
  beforeAll(() => {
    articles = parseDocument(Buffer.from(rss(TWO_ITEMS)), 'application/rss+xml', DAMASCUS).stories;
  });

  it('gives one story per item, in order', () => {
    expect(articles.map((a) => a.headline)).toEqual(['قصف على دوما', 'Fighters take village']);
  });

  it('prefers content:encoded to description, sanitised', () => {
    expect(articles[0].html).toBe(
      '<p>قصفت قوات النظام مدينة دوما.</p><p>وقال ناشطون إن <a>القصف</a> استهدف الأسواق.</p>',
    );
    expect(articles[0].paragraphs).toEqual(['قصفت قوات النظام مدينة دوما.', 'وقال ناشطون إن القصف استهدف الأسواق.']);
  });

  it('reads an escaped HTML description and strips its script', () => {
    expect(articles[1]).toMatchObject({
      html: '<p>The factions said that they had taken the village.</p>',
      paragraphs: ['The factions said that they had taken the village.'],
    });
  });

  it('takes the guid, else the link, as the feed id', () => {
    expect(articles.map((a) => a.guid)).toEqual(['smart-ar-1', 'https://smartnews-agency.com/en/2']);
  });

  it('reads pubDate as RFC 822 and dc:date as ISO 8601', () => {
    expect(articles.map((a) => a.publishedAt)).toEqual(['2018-02-13T09:56:59.000Z', '2018-02-14T08:00:00.000Z']);
  });

  it('reads dc:creator (crediting the roles an Arabic byline labels) and the name in author', () => {
    expect(articles[0]).toMatchObject({ byline: 'تحرير أمنة رياض', credits: [{ name: 'أمنة رياض', role: 'editor' }] });
    expect(articles[1]).toMatchObject({ byline: 'SMART Desk', credits: [] });
  });

  it('tags the categories', () => {
    expect(articles[0].tags).toEqual(['خبر عسكري', 'دوما']);
  });

  it("checks the channel's language against each item", () => {
    expect(articles[0]).toMatchObject({ language: 'ar', declaredLanguage: 'ar' });
    expect(articles[1]).toMatchObject({ language: 'en', declaredLanguage: 'ar' });
  });
});

describe('parseRss refusals', () => {
  const item = (guid: string, parts: string): string =>
    `<item><title>t</title><guid>${guid}</guid><description>Body.</description>${parts}</item>`;

  it('refuses an item with an impossible pubDate on its own, naming it, and keeps the others', () => {
    const parsed = parseDocument(
      Buffer.from(
        rss(
          item('g1', '<pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>') +
            item('g2', '<pubDate>Fri, 30 Feb 2018 10:00:00 GMT</pubDate>'),
        ),
      ),
      'application/rss+xml',
      DAMASCUS,
    );
    expect(parsed.stories.map((story) => story.guid)).toEqual(['g1']);
    expect(parsed.storyIndexes).toEqual([0]);
    expect(parsed.refused).toEqual([
      {
        index: 1,
        guid: 'g2',
        code: 'UNUSABLE',
        message: expect.stringContaining('/rss/channel/item[2]/pubDate is unusable'),
        pointer: '/rss/channel/item[2]/pubDate',
      },
    ]);
  });

  it("refuses the whole feed with the first item's reason when every item is refused, saying how many", () => {
    const bad = item('g1', '<pubDate>Fri, 30 Feb 2018 10:00:00 GMT</pubDate>');
    const error = refusalOf(() => parseDocument(Buffer.from(rss(bad + bad)), 'application/rss+xml', DAMASCUS));
    expect(error).toMatchObject({ code: 'UNUSABLE', pointer: '/rss/channel/item[1]/pubDate' });
    expect(error.message).toMatch(/; all 2 items in the document were refused$/);
    const alone = refusalOf(() => parseDocument(Buffer.from(rss(bad)), 'application/rss+xml', DAMASCUS));
    expect(alone.message).toMatch(/; the document's only item was refused$/);
  });

  it('reads a channel with no item as a document with nothing new: no story, nothing refused', () => {
    expect(parseDocument(Buffer.from(rss('')), 'text/xml', DAMASCUS)).toMatchObject({ stories: [], refused: [] });
  });

  it('refuses an RSS document with no channel', () => {
    expect(refusalOf(() => parseDocument(Buffer.from('<rss version="2.0"/>'), 'text/xml', DAMASCUS))).toMatchObject({
      code: 'UNUSABLE',
      pointer: '/rss/channel',
    });
  });
});
