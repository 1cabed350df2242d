import { refusalOf } from '../intake-refusal.test-helper';
import { parseDocument } from '../parse-document';
import { ParsedArticle } from '../parsed-article';
import { englishItem, g2Item, g2Message } from './fixtures/g2-fixtures';

const DAMASCUS = { timeZone: 'Asia/Damascus' };
const NEWS_ITEM = 'application/vnd.iptc.g2.newsitem+xml';
const NEWS_MESSAGE = 'application/vnd.iptc.g2.newsmessage+xml';

function parse(text: string, contentType: string | undefined = NEWS_ITEM): ParsedArticle[] {
  return parseDocument(Buffer.from(text), contentType, DAMASCUS).stories;
}

describe('parseNewsMlG2 on an Arabic newsItem with an XHTML body', () => {
  const [article] = parse(g2Item());

  it('reads the guid, the headline and versionCreated', () => {
    expect(article.guid).toBe('urn:newsml:smart:20180213:idlib');
    expect(article.headline).toBe('فصائل الجيش الحر تسيطر على قرى في ريف إدلب');
    expect(article.publishedAt).toBe('2018-02-13T09:56:59.000Z');
  });

  it('keeps the XHTML body sanitised, without its head', () => {
    expect(article.html).toBe(
      '<p>سيطرت فصائل الجيش السوري الحر يوم الثلاثاء على قرى في ريف إدلب الجنوبي الشرقي.</p><p>وقالت غرفة العمليات إن مقاتليها أسروا العشرات.</p>',
    );
    expect(article.paragraphs).toHaveLength(2);
  });

  it('credits creators and contributors by their G2 roles and keeps everyone in the byline', () => {
    expect(article.credits).toEqual([
      { name: 'ليلى عمر', role: 'writer' },
      { name: 'أمنة رياض', role: 'editor' },
      { name: 'محمد غيث', role: 'translator' },
    ]);
    expect(article.byline).toBe('ليلى عمر, أمنة رياض, محمد غيث, سامر حسن');
  });

  it('reads a cat: subject as the category and names the others in the item language', () => {
    expect(article.category).toEqual({ code: 'military', label: 'خبر عسكري' });
    expect(article.tags).toEqual(['نزاعات وحروب']);
  });

  it('takes located, in the item language, as the dateline place', () => {
    expect(article.dateline?.place).toBe('إدلب');
  });

  it('confirms the declared Arabic', () => {
    expect(article).toMatchObject({ language: 'ar', declaredLanguage: 'ar' });
  });
});

describe('parseNewsMlG2 on other items', () => {
  it('reads a NITF body inside inlineXML', () => {
    const contentSet =
      '<inlineXML contenttype="application/nitf+xml"><nitf><body><body.content><p>One.</p><hl2>Two</hl2></body.content></body></nitf></inlineXML>';
    expect(parse(g2Item({ contentSet }))[0]).toMatchObject({
      paragraphs: ['One.', 'Two'],
      html: '<p>One.</p><h3>Two</h3>',
    });
  });

  it('reads plain inlineData as paragraphs and <by> as the byline', () => {
    const [article] = parse(
      englishItem('urn:1', 'Fed holds rates', 'The bank said that it would wait.\n\nMarkets rose.'),
    );
    expect(article).toMatchObject({
      paragraphs: ['The bank said that it would wait.', 'Markets rose.'],
      byline: 'By Jane Doe',
      credits: [],
      language: 'en-GB',
    });
    expect(article.html).toBeUndefined();
  });

  it('is chosen by sniffing its root when the feed sends application/xml or nothing', () => {
    expect(parse(g2Item(), 'application/xml')).toHaveLength(1);
    expect(parse(g2Item(), undefined)).toHaveLength(1);
  });

  it('refuses an item whose inlineXML holds nothing, naming contentSet', () => {
    expect(
      refusalOf(() =>
        parse(g2Item({ contentSet: '<inlineXML contenttype="application/xhtml+xml"><!-- none --></inlineXML>' })),
      ),
    ).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'contentSet',
    });
  });

  it('refuses an item without a headline, title or slugline, or with an impossible versionCreated, naming the field', () => {
    expect(refusalOf(() => parse(g2Item({ contentMeta: '<slugline> </slugline>' })))).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'contentMeta/headline',
    });
    const impossible = refusalOf(() =>
      parse(g2Item({ versionCreated: '<versionCreated>2018-02-13T25:00:00Z</versionCreated>' })),
    );
    expect(impossible).toMatchObject({ code: 'UNUSABLE', pointer: 'itemMeta/versionCreated' });
  });
});

describe('parseNewsMlG2 on a newsMessage', () => {
  const picture = g2Item({
    guid: 'urn:picture',
    itemClass: 'ninat:picture',
    contentSet: '<remoteContent href="https://example.org/p.jpg"/>',
  });
  const message = g2Message(
    englishItem('urn:1', 'First story', 'The first story said that it was first.'),
    picture,
    englishItem('urn:2', 'Second story', 'The second story said that it was second.'),
  );

  it('gives one story per text newsItem, in order, leaving pictures out', () => {
    const articles = parse(message, NEWS_MESSAGE);
    expect(articles.map((a) => [a.guid, a.headline, a.paragraphs[0]])).toEqual([
      ['urn:1', 'First story', 'The first story said that it was first.'],
      ['urn:2', 'Second story', 'The second story said that it was second.'],
    ]);
  });

  it('refuses an item at fault on its own, naming it by its position in the message, and keeps the others', () => {
    const broken = g2Message(
      englishItem('urn:1', 'First', 'The first story said that it was first.'),
      picture,
      englishItem('urn:2', ' ', 'Body.'),
    );
    const { stories, storyIndexes, refused } = parseDocument(Buffer.from(broken), NEWS_MESSAGE, DAMASCUS);
    expect(stories.map((story) => story.guid)).toEqual(['urn:1']);
    expect(storyIndexes).toEqual([0]);
    expect(refused).toEqual([
      {
        index: 2,
        guid: 'urn:2',
        code: 'UNUSABLE',
        message: 'the item has no headline (/newsMessage/itemSet/newsItem[3]/contentMeta/headline)',
        pointer: '/newsMessage/itemSet/newsItem[3]/contentMeta/headline',
      },
    ]);
  });

  it('refuses the message when every text item is refused, with the first reason and the count', () => {
    const broken = g2Message(englishItem('urn:1', ' ', 'Body.'), englishItem('urn:2', ' ', 'Body.'));
    const error = refusalOf(() => parse(broken, NEWS_MESSAGE));
    expect(error).toMatchObject({ code: 'UNUSABLE', pointer: '/newsMessage/itemSet/newsItem[1]/contentMeta/headline' });
    expect(error.message).toMatch(/all 2 items in the document were refused$/);
  });

  it('refuses a message with no text item', () => {
    expect(refusalOf(() => parse(g2Message(picture), NEWS_MESSAGE))).toMatchObject({
      code: 'UNUSABLE',
      pointer: '/newsMessage/itemSet',
    });
  });
});

describe('parseNewsMlG2 headlines', () => {
  const noHeadline = '<creator><name>Jane Doe</name></creator><slugline>US-FED-RATES</slugline>';

  it("takes itemMeta's title when contentMeta has no headline", () => {
    const [article] = parse(
      g2Item({
        contentMeta: '<creator><name>Jane Doe</name></creator>',
        itemMetaExtra: '<title>Fed holds rates</title>',
      }),
    );
    expect(article.headline).toBe('Fed holds rates');
  });

  it('takes the slugline when there is neither headline nor title', () => {
    expect(parse(g2Item({ contentMeta: noHeadline }))[0].headline).toBe('US-FED-RATES');
  });

  it('prefers the headline to the title, and the title to the slugline', () => {
    const both = g2Item({
      contentMeta: `${noHeadline}<headline>Fed holds rates steady</headline>`,
      itemMetaExtra: '<title>Fed holds rates</title>',
    });
    expect(parse(both)[0].headline).toBe('Fed holds rates steady');
    expect(
      parse(g2Item({ contentMeta: noHeadline, itemMetaExtra: '<title>Fed holds rates</title>' }))[0].headline,
    ).toBe('Fed holds rates');
  });
});

describe("parseNewsMlG2 item classes, through the document's own catalog", () => {
  const iclsCatalog = '<catalog><scheme alias="icls" uri="http://cv.iptc.org/newscodes/ninature/"/></catalog>';
  const story = (guid: string, itemClass: string, catalog = iclsCatalog): string =>
    g2Item({
      guid,
      itemClass,
      catalog,
      contentSet:
        '<inlineData contenttype="text/plain">Activists said that shelling hit a market in Douma.</inlineData>',
    });
  const picture = g2Item({
    guid: 'urn:pic',
    itemClass: 'icls:picture',
    catalog: iclsCatalog,
    contentSet: '<remoteContent href="https://example.org/p.jpg"/>',
  });

  it('reads icls:text as text when the catalog maps icls to the IPTC Nature of News Item scheme, as ninat is', () => {
    const articles = parse(
      g2Message(story('urn:icls', 'icls:text'), picture, story('urn:ninat', 'ninat:composite')),
      NEWS_MESSAGE,
    );
    expect(articles.map((a) => a.guid)).toEqual(['urn:icls', 'urn:ninat']);
  });

  it('leaves out an item whose alias the catalog maps to another scheme', () => {
    const elsewhere = '<catalog><scheme alias="icls" uri="http://cv.example.org/kinds/"/></catalog>';
    const articles = parse(
      g2Message(story('urn:other', 'icls:text', elsewhere), story('urn:ninat', 'ninat:text')),
      NEWS_MESSAGE,
    );
    expect(articles.map((a) => a.guid)).toEqual(['urn:ninat']);
  });

  it('judges a class whose alias only a remote catalog could resolve by its code', () => {
    const remote = '<catalogRef href="http://www.example.com/newsml-g2/catalog.provider_1.xml"/>';
    const articles = parse(
      g2Message(story('urn:remote', 'icls:text', remote), story('urn:pic', 'icls:picture', remote)),
      NEWS_MESSAGE,
    );
    expect(articles.map((a) => a.guid)).toEqual(['urn:remote']);
  });
});
