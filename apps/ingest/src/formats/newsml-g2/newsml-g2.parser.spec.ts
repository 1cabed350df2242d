import { refusalOf } from '../intake-refusal.test-helper';
import { parseDocument } from '../parse-document';
import { ParsedArticle } from '../parsed-article';
import { englishItem, g2Item, g2Message } from './fixtures/g2-fixtures';

const DAMASCUS = { timeZone: 'Asia/Damascus' };
const NEWS_ITEM = 'application/vnd.iptc.g2.newsitem+xml';
const NEWS_MESSAGE = 'application/vnd.iptc.g2.newsmessage+xml';

function parse(text: string, contentType: string | undefined = NEWS_ITEM): ParsedArticle[] {
  return parseDocument(Buffer.from(text), contentType, DAMASCUS);
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

  it('refuses an item without a headline or with an impossible versionCreated, naming the field', () => {
    expect(refusalOf(() => parse(g2Item({ contentMeta: '<slugline>x</slugline>' })))).toMatchObject({
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

  it('names the item at fault by its position in the message', () => {
    const broken = g2Message(englishItem('urn:1', 'First', 'Body.'), englishItem('urn:2', ' ', 'Body.'));
    expect(refusalOf(() => parse(broken, NEWS_MESSAGE))).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'newsItem[2]/contentMeta/headline',
    });
  });

  it('refuses a message with no text item', () => {
    expect(refusalOf(() => parse(g2Message(picture), NEWS_MESSAGE))).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'itemSet',
    });
  });
});
