import { refusalOf } from '../intake-refusal.test-helper';
import { parseNinjs } from './ninjs.parser';

const DAMASCUS = { timeZone: 'Asia/Damascus' };
const json = (item: object): string => JSON.stringify(item, null, 2);

describe('parseNinjs on a ninjs 3.x item', () => {
  const item = {
    uri: 'urn:smart:2019:1',
    standard: { name: 'ninjs', version: '3.1' },
    language: 'ar',
    versionCreated: '2019-03-03T16:05:00+02:00',
    firstCreated: '2019-03-03T15:00:00+02:00',
    headlines: [
      { role: 'sub', value: 'عنوان فرعي' },
      { role: 'main', value: '  قصف   على دوما ' },
    ],
    bodies: [
      { role: 'text', contentType: 'text/plain', value: 'نص عادي.' },
      {
        role: 'text',
        contentType: 'text/html',
        value:
          '<p>قصفت قوات النظام <a href="javascript:alert(1)">دوما</a>.</p><script>alert(1)</script><p onclick="x()">وقال ناشطون إن القصف استهدف الأسواق.</p>',
      },
    ],
    by: 'تحرير أمنة رياض | ترجمة محمد غيث',
    infoSources: [
      { name: 'أمنة رياض', role: 'editor' },
      { name: 'محمد غيث', role: 'http://cv.example.org/roles/translator' },
      { name: 'SMART', role: 'publisher' },
    ],
    located: 'ريف دمشق',
    subjects: [
      { name: 'خبر عسكري', literal: 'military', rel: 'category' },
      { name: 'الغوطة الشرقية', rel: 'tag' },
      { name: 'دوما', rel: 'about', uri: 'http://example.org/places/douma' },
    ],
  };
  const article = parseNinjs(json(item), DAMASCUS);

  it('takes the main headline, normalised', () => {
    expect(article.headline).toBe('قصف على دوما');
  });

  it('keeps the sanitised HTML body and derives its paragraphs', () => {
    expect(article.html).toBe('<p>قصفت قوات النظام <a>دوما</a>.</p><p>وقال ناشطون إن القصف استهدف الأسواق.</p>');
    expect(article.paragraphs).toEqual(['قصفت قوات النظام دوما.', 'وقال ناشطون إن القصف استهدف الأسواق.']);
  });

  it('reads versionCreated as the instant in UTC', () => {
    expect(article.publishedAt).toBe('2019-03-03T14:05:00.000Z');
  });

  it('credits infoSources by newsroom role and leaves the publisher out', () => {
    expect(article.credits).toEqual([
      { name: 'أمنة رياض', role: 'editor' },
      { name: 'محمد غيث', role: 'translator' },
    ]);
    expect(article.byline).toBe('تحرير أمنة رياض | ترجمة محمد غيث');
  });

  it('reads the category, every other subject as a tag, and located as the dateline place', () => {
    expect(article.category).toEqual({ code: 'military', label: 'خبر عسكري' });
    expect(article.tags).toEqual(['الغوطة الشرقية', 'دوما']);
    expect(article.dateline).toEqual({ place: 'ريف دمشق', text: 'ريف دمشق' });
  });

  it('keeps the declared language the text agrees with', () => {
    expect(article).toMatchObject({ guid: 'urn:smart:2019:1', language: 'ar', declaredLanguage: 'ar' });
  });
});

describe('parseNinjs on a ninjs 2.x item', () => {
  const item = {
    uri: 'urn:example:2',
    versioncreated: '2022-05-01T08:00:00Z',
    language: 'en',
    headlines: [{ value: 'Fighters take village' }],
    bodies: [
      { contenttype: 'text/html', value: '<p>The factions said that they had taken the village.</p><p>Second.</p>' },
    ],
    by: 'By Jane Doe',
    infosources: [{ name: 'Jane Doe', role: 'author' }],
    located: 'Idlib',
    subjects: [{ name: 'Conflict', uri: 'http://cv.iptc.org/newscodes/mediatopic/16000000' }],
  };

  it('reads lower-case field names and contenttype', () => {
    expect(parseNinjs(json(item), DAMASCUS)).toMatchObject({
      headline: 'Fighters take village',
      paragraphs: ['The factions said that they had taken the village.', 'Second.'],
      publishedAt: '2022-05-01T08:00:00.000Z',
      byline: 'By Jane Doe',
      credits: [{ name: 'Jane Doe', role: 'writer' }],
      tags: ['Conflict'],
      dateline: { place: 'Idlib' },
      language: 'en',
    });
  });

  it('names the lower-case field when the date is missing', () => {
    const { versioncreated: _versioncreated, ...undated } = item;
    expect(refusalOf(() => parseNinjs(json(undated), DAMASCUS))).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'versioncreated',
    });
  });

  it('uses firstcreated when the item has no version date', () => {
    const { versioncreated: _versioncreated, ...first } = { ...item, firstcreated: '2022-04-30T08:00:00Z' };
    expect(parseNinjs(json(first), DAMASCUS).publishedAt).toBe('2022-04-30T08:00:00.000Z');
  });
});

describe('parseNinjs on a ninjs 1.x item', () => {
  const item = {
    guid: 'tag:example.org,2014:1',
    type: 'text',
    versioncreated: '2014-02-13T11:56:59',
    headline: 'Regime shells Douma',
    body_text: 'The regime shelled the town on Sunday.\n\nActivists said that the market was hit.',
    body_html: '<p>The regime shelled the town on Sunday.</p><p>Activists said that the market was hit.</p>',
    byline: 'John Smith',
    located: 'Douma',
    subject: [{ name: 'Military', code: 'military', rel: 'category' }, { code: 'medtop:16000000' }],
  };
  const article = parseNinjs(json(item), DAMASCUS);

  it('reads headline, body_html, byline and guid', () => {
    expect(article).toMatchObject({
      guid: 'tag:example.org,2014:1',
      headline: 'Regime shells Douma',
      paragraphs: ['The regime shelled the town on Sunday.', 'Activists said that the market was hit.'],
      byline: 'John Smith',
      credits: [],
      dateline: { place: 'Douma' },
    });
    expect(article.html).toContain('<p>');
  });

  it("reads a date with no offset in the feed's zone", () => {
    expect(article.publishedAt).toBe('2014-02-13T09:56:59.000Z');
  });

  it('codes the category by its code and tags the rest by code when unnamed', () => {
    expect(article.category).toEqual({ code: 'military', label: 'Military' });
    expect(article.tags).toEqual(['medtop:16000000']);
  });

  it('keeps body_text as plain paragraphs when there is no HTML', () => {
    const { body_html: _html, ...plain } = item;
    const parsed = parseNinjs(json(plain), DAMASCUS);
    expect(parsed.paragraphs).toHaveLength(2);
    expect(parsed.html).toBeUndefined();
  });

  it('names 1.x fields when headline or body is missing', () => {
    expect(refusalOf(() => parseNinjs(json({ ...item, headline: ' ' }), DAMASCUS))).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'headline',
    });
    const { body_html: _html, body_text: _text, ...bodiless } = item;
    expect(refusalOf(() => parseNinjs(json(bodiless), DAMASCUS))).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'body_text',
    });
  });
});

describe('parseNinjs refusals and language', () => {
  const minimal = {
    uri: 'x',
    versionCreated: '2019-03-03T14:05:00Z',
    headlines: [{ value: 'h' }],
    bodies: [{ value: 'text' }],
  };

  it('names the line where the JSON breaks when the JSON parser gives a position', () => {
    expect(refusalOf(() => parseNinjs('{\n  "uri": "x",\n  "headlines" []\n}', DAMASCUS))).toMatchObject({
      code: 'MALFORMED',
      pointer: 'line 3',
    });
    expect(refusalOf(() => parseNinjs('{\n  "uri": "x",\n', DAMASCUS))).toMatchObject({
      code: 'MALFORMED',
      pointer: 'line 3',
    });
  });

  it('refuses JSON that is not an object', () => {
    expect(refusalOf(() => parseNinjs('[1, 2]', DAMASCUS))).toMatchObject({ code: 'MALFORMED' });
  });

  it('refuses an impossible date, naming the field', () => {
    const error = refusalOf(() => parseNinjs(json({ ...minimal, versionCreated: '2019-02-29T10:00:00Z' }), DAMASCUS));
    expect(error).toMatchObject({ code: 'UNUSABLE', pointer: 'versionCreated' });
    expect(error.message).toContain('February 2019 has 28 days');
  });

  it('refuses bodies with no text', () => {
    expect(refusalOf(() => parseNinjs(json({ ...minimal, bodies: [{ value: '  ' }] }), DAMASCUS))).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'bodies',
    });
  });

  it('corrects a declared language the text contradicts and records the declaration', () => {
    const arabic = {
      ...minimal,
      language: 'en',
      headlines: [{ value: 'قصف على دوما' }],
      bodies: [{ value: 'قصفت قوات النظام السوري بلدات في الغوطة.' }],
    };
    expect(parseNinjs(json(arabic), DAMASCUS)).toMatchObject({ language: 'ar', declaredLanguage: 'en' });
  });
});

describe('parseNinjs on a translation', () => {
  it('reads the original a translationOf association names, and its language', () => {
    const item = {
      uri: 'urn:smart:en:1',
      language: 'en',
      versionCreated: '2018-02-13T09:56:59Z',
      headlines: [{ value: 'Factions capture ISIS members in Idlib' }],
      bodies: [
        { contentType: 'text/plain', value: 'On Tuesday, the factions said they had captured hundreds of members.' },
      ],
      associations: [{ name: 'original', rel: 'translationOf', uri: 'urn:smart:ar:1', language: 'ar' }],
    };
    expect(parseNinjs(json(item), DAMASCUS)).toMatchObject({ translatedFrom: 'ar', originalGuid: 'urn:smart:ar:1' });
  });
});
