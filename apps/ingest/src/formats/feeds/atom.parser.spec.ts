import { refusalOf } from '../intake-refusal.test-helper';
import { parseDocument } from '../parse-document';

const DAMASCUS = { timeZone: 'Asia/Damascus' };

function atom(entry: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>SMART English</title>
  <id>urn:smart:feed</id>
  <updated>2018-02-13T12:00:00Z</updated>
  <author><name>SMART Desk</name></author>
  ${entry}
</feed>`;
}

const ENTRY = `<entry>
    <id>urn:smart:2018:idlib</id>
    <title type="html">Free Syrian Army factions &lt;em&gt;eradicate&lt;/em&gt; ISIS in Idlib</title>
    <published>2018-02-13T11:56:59+02:00</published>
    <updated>2018-02-13T12:30:00+02:00</updated>
    <author><name>Mohammed Ghaith</name></author>
    <category term="military" label="Military"/>
    <category term="isis"/>
    <summary>Short.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>On Tuesday, the factions said that they had taken the villages.</p><p>Seizing al-Khoain <a href="javascript:alert(1)">allowed</a> ISIS to advance.</p><img src="x" onerror="alert(1)"/></div></content>
  </entry>`;

describe('parseAtom on a feed with one entry', () => {
  const articles = parseDocument(Buffer.from(atom(ENTRY)), 'application/atom+xml', DAMASCUS).stories;
  const [article] = articles;

  it('gives one story with its id and its title as text', () => {
    expect(articles).toHaveLength(1);
    expect(article.guid).toBe('urn:smart:2018:idlib');
    expect(article.headline).toBe('Free Syrian Army factions eradicate ISIS in Idlib');
  });

  it('keeps the xhtml content sanitised, with its paragraphs', () => {
    expect(article.html).toBe(
      '<p>On Tuesday, the factions said that they had taken the villages.</p><p>Seizing al-Khoain <a>allowed</a> ISIS to advance.</p>',
    );
    expect(article.paragraphs).toEqual([
      'On Tuesday, the factions said that they had taken the villages.',
      'Seizing al-Khoain allowed ISIS to advance.',
    ]);
  });

  it('takes updated as the version time', () => {
    expect(article.publishedAt).toBe('2018-02-13T10:30:00.000Z');
  });

  it("reads the entry's author and categories, by label else term", () => {
    expect(article).toMatchObject({ byline: 'Mohammed Ghaith', credits: [], tags: ['Military', 'isis'] });
  });

  it("takes the feed's xml:lang as declared", () => {
    expect(article).toMatchObject({ language: 'en', declaredLanguage: 'en' });
  });
});

describe('parseAtom on other documents', () => {
  it('reads a single entry document, plain text content, published when not updated, and the feed author', () => {
    const entry =
      '<entry xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><id>urn:1</id><title>قصف على دوما</title><published>2019-03-03T16:05:00+02:00</published><content>قصفت قوات النظام مدينة دوما.</content></entry>';
    const [article] = parseDocument(Buffer.from(entry), undefined, DAMASCUS).stories;
    expect(article).toMatchObject({
      headline: 'قصف على دوما',
      paragraphs: ['قصفت قوات النظام مدينة دوما.'],
      publishedAt: '2019-03-03T14:05:00.000Z',
      language: 'ar',
    });
    expect(article.html).toBeUndefined();
    const [inFeed] = parseDocument(Buffer.from(atom(entry)), 'application/atom+xml', DAMASCUS).stories;
    expect(inFeed.byline).toBe('SMART Desk');
  });

  it('reads escaped html content and falls back to the summary', () => {
    const html = ENTRY.replace(
      /<content[\s\S]*<\/content>/,
      '<content type="html">&lt;p&gt;Escaped &amp;amp; kept.&lt;/p&gt;</content>',
    );
    expect(parseDocument(Buffer.from(atom(html)), 'application/atom+xml', DAMASCUS).stories[0].paragraphs).toEqual([
      'Escaped & kept.',
    ]);
    const summary = ENTRY.replace(/<content[\s\S]*<\/content>/, '');
    expect(parseDocument(Buffer.from(atom(summary)), 'application/atom+xml', DAMASCUS).stories[0].paragraphs).toEqual([
      'Short.',
    ]);
  });

  it('is read when the feed calls it RSS, as feeds do', () => {
    expect(parseDocument(Buffer.from(atom(ENTRY)), 'application/rss+xml', DAMASCUS).stories).toHaveLength(1);
  });

  it('refuses an entry with no content or summary, naming it', () => {
    const bodiless = ENTRY.replace(/<summary>.*<\/summary>/, '').replace(/<content[\s\S]*<\/content>/, '');
    expect(refusalOf(() => parseDocument(Buffer.from(atom(bodiless)), 'application/atom+xml', DAMASCUS))).toMatchObject(
      { code: 'UNUSABLE', pointer: '/feed/entry[1]/content' },
    );
  });

  it('refuses an entry with an impossible updated date on its own, naming it', () => {
    const impossible = ENTRY.replace('2018-02-13T12:30:00+02:00', '2018-02-13T12:30:00+25:00');
    const { stories, refused } = parseDocument(
      Buffer.from(atom(ENTRY.replace('urn:smart:2018:idlib', 'urn:good') + impossible)),
      'application/atom+xml',
      DAMASCUS,
    );
    expect(stories.map((story) => story.guid)).toEqual(['urn:good']);
    expect(refused).toMatchObject([{ index: 1, guid: 'urn:smart:2018:idlib', pointer: '/feed/entry[2]/updated' }]);
  });

  it('refuses a feed whose only entry has an impossible updated date, naming it', () => {
    const impossible = ENTRY.replace('2018-02-13T12:30:00+02:00', '2018-02-13T12:30:00+25:00');
    expect(
      refusalOf(() => parseDocument(Buffer.from(atom(impossible)), 'application/atom+xml', DAMASCUS)),
    ).toMatchObject({ code: 'UNUSABLE', pointer: '/feed/entry[1]/updated' });
  });
});
