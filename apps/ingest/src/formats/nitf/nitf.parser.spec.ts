import iconv from 'iconv-lite';
import { refusalOf } from '../intake-refusal.test-helper';
import { parseDocument } from '../parse-document';
import { ParsedArticle } from '../parsed-article';
import { nitf } from './fixtures/nitf-fixtures';

const DAMASCUS = { timeZone: 'Asia/Damascus' };
const NITF = 'application/nitf+xml';

function parseOne(text: string | Buffer, contentType = NITF): ParsedArticle {
  const articles = parseDocument(Buffer.isBuffer(text) ? text : Buffer.from(text), contentType, DAMASCUS).stories;
  expect(articles).toHaveLength(1);
  return articles[0];
}

describe('parseNitf on an English story', () => {
  const article = parseOne(nitf());

  it('reads hl1 as the headline and doc-id as the guid', () => {
    expect(article.headline).toBe('Free Syrian Army factions take villages in Idlib');
    expect(article.guid).toBe('smart-2018-0213-01');
  });

  it('reads the compact date.issue with its offset', () => {
    expect(article.publishedAt).toBe('2018-02-13T09:56:59.000Z');
  });

  it('credits the byline person by the role its title names', () => {
    expect(article.credits).toEqual([{ name: 'Mohammed Ghaith', role: 'reporter' }]);
    expect(article.byline).toBe('By Mohammed Ghaith, SMART Correspondent');
  });

  it('takes the dateline location as the place, without the story date', () => {
    expect(article.dateline).toEqual({ place: 'Idlib', text: 'Idlib' });
  });

  it('reads the first subject type as the category and the rest as tags', () => {
    expect(article.category).toEqual({ code: '16000000', label: 'Unrest, Conflicts and War' });
    expect(article.tags).toEqual(['Armed conflict', 'Politics', 'ISIS']);
  });

  it('keeps body.content as sanitised HTML: NITF headings and quotes mapped, media left out', () => {
    expect(article.html).toBe(
      '<p>On Tuesday, Free Syrian Army factions took the villages of <em>al-Khoain</em> and Rabeeia.</p><h3>Advance</h3><p>The operations room said that its fighters had captured dozens.</p><blockquote><p>We will go on.</p></blockquote>',
    );
    expect(article.paragraphs).toEqual([
      'On Tuesday, Free Syrian Army factions took the villages of al-Khoain and Rabeeia.',
      'Advance',
      'The operations room said that its fighters had captured dozens.',
      'We will go on.',
    ]);
  });

  it('checks the declared language against the text', () => {
    expect(article).toMatchObject({ language: 'en', declaredLanguage: 'en' });
  });
});

describe('parseNitf on other documents', () => {
  it('reads an ISO-8859-1 file as its declaration says', () => {
    const text = nitf({
      declaration: '<?xml version="1.0" encoding="ISO-8859-1"?>',
      lang: 'fr',
      hedline: '<hedline><hl1>Crise à Genève : la délégation arrivée</hl1></hedline>',
      byline: '<byline>Par <person>Hélène Müller</person></byline>',
      dateline: '<dateline><location>Genève</location></dateline>',
      content: '<p>La délégation est arrivée à Genève mercredi, a indiqué le médiateur.</p>',
    });
    const article = parseOne(iconv.encode(text, 'latin1'));
    expect(article.headline).toBe('Crise à Genève : la délégation arrivée');
    expect(article.paragraphs).toEqual(['La délégation est arrivée à Genève mercredi, a indiqué le médiateur.']);
    expect(article.byline).toBe('Par Hélène Müller');
    expect(article.dateline?.place).toBe('Genève');
    expect(article).toMatchObject({ language: 'fr', declaredLanguage: 'fr', credits: [] });
  });

  it('reads an Arabic story and the roles its Arabic byline labels', () => {
    const article = parseOne(
      nitf({
        lang: 'ar',
        hedline: '<hedline><hl1>قوات النظام تقصف بلدات في الغوطة الشرقية</hl1></hedline>',
        byline: '<byline>تحرير أمنة رياض</byline>',
        dateline: '<dateline><location>ريف دمشق</location></dateline>',
        content:
          '<p>قصفت قوات النظام السوري يوم الأحد بلدات في الغوطة الشرقية.</p><p>وقال ناشطون إن القصف استهدف الأسواق.</p>',
      }),
      'text/xml',
    );
    expect(article).toMatchObject({
      headline: 'قوات النظام تقصف بلدات في الغوطة الشرقية',
      language: 'ar',
      byline: 'تحرير أمنة رياض',
    });
    expect(article.credits).toEqual([{ name: 'أمنة رياض', role: 'editor' }]);
    expect(article.paragraphs).toHaveLength(2);
    expect(article.dateline?.place).toBe('ريف دمشق');
  });

  it('strips script, event handlers and javascript: links from the body', () => {
    const article = parseOne(
      nitf({
        content: '<p onmouseover="x()">Safe <a href="javascript:alert(1)">link</a></p><script>alert(1)</script>',
      }),
    );
    expect(article.html).toBe('<p>Safe <a>link</a></p>');
  });

  it('joins a location of parts and reads a dateline without one, leaving out its date', () => {
    expect(
      parseOne(
        nitf({ dateline: '<dateline><location><city>Idlib</city><country>Syria</country></location></dateline>' }),
      ).dateline?.place,
    ).toBe('Idlib, Syria');
    expect(
      parseOne(nitf({ dateline: '<dateline>IDLIB, Syria <story.date>Feb. 13</story.date></dateline>' })).dateline
        ?.place,
    ).toBe('IDLIB, Syria');
  });

  it('falls back to pubdata when docdata has no date.issue, and reads several bylines', () => {
    const article = parseOne(
      nitf({
        docdata: '<doc-id id-string="x"/>',
        tobject: '<pubdata date.publication="20130709T103700-0400"/>',
        byline:
          '<byline>By Ann Lee and Bo Chan, <byttl>AP Writers</byttl></byline><byline>Translated by <person>Farah Nassif</person> <byttl>Translator</byttl></byline>',
      }),
    );
    expect(article.publishedAt).toBe('2013-07-09T14:37:00.000Z');
    expect(article.credits).toEqual([
      { name: 'Ann Lee', role: 'writer' },
      { name: 'Bo Chan', role: 'writer' },
      { name: 'Farah Nassif', role: 'translator' },
    ]);
  });
});

describe('parseNitf refusals', () => {
  it('names the line of broken XML', () => {
    const broken = nitf({ content: '<p>one</p>\n<p>two</b>' });
    const line = broken.split('\n').findIndex((l) => l.includes('two</b>')) + 1;
    expect(refusalOf(() => parseOne(broken))).toMatchObject({ code: 'MALFORMED', pointer: `line ${line}` });
  });

  it('refuses a document with no hl1, naming hedline', () => {
    expect(refusalOf(() => parseOne(nitf({ hedline: '<hedline><hl1> </hl1></hedline>' })))).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'hedline',
    });
  });

  it('refuses a document with no body text, naming body.content', () => {
    expect(
      refusalOf(() => parseOne(nitf({ content: '<media><media-caption>only a caption</media-caption></media>' }))),
    ).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'body.content',
    });
  });

  it('refuses an impossible or missing date, naming date.issue', () => {
    const impossible = refusalOf(() => parseOne(nitf({ docdata: '<date.issue norm="20180231T100000Z"/>' })));
    expect(impossible).toMatchObject({ code: 'UNUSABLE', pointer: 'date.issue' });
    expect(impossible.message).toContain('February 2018 has 28 days');
    expect(refusalOf(() => parseOne(nitf({ docdata: '' })))).toMatchObject({ code: 'UNUSABLE', pointer: 'date.issue' });
  });

  it('refuses a NITF media type on a document whose root is not nitf', () => {
    expect(refusalOf(() => parseOne('<rss version="2.0"><channel/></rss>'))).toMatchObject({
      code: 'UNKNOWN_FORMAT',
      pointer: 'Content-Type',
    });
  });
});
