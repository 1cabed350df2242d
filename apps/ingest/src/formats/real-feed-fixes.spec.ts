import { readFileSync } from 'fs';
import { join } from 'path';
import { parseFeedDateTime } from '@news/text';
import { paragraphsOfHtml } from './body/html-paragraphs';
import { labelledPlainText } from './body/story-body';
import { paragraphsOfText } from './body/text-paragraphs';
import { parseDocument } from './parse-document';

const UTC = { timeZone: 'UTC' };
const REAL_FEEDS = join(__dirname, '../../../../test/fixtures/real-feeds');
const real = (file: string) => parseDocument(readFileSync(join(REAL_FEEDS, file)), 'application/xml', UTC);

describe('wire copy that marks paragraphs by indenting their first lines', () => {
  const wire = '   Alfano said it was\nunacceptable.\n   "Our faith is in Spain",\nhe said.';

  it('splits plain text at the indented lines, joining the wrapped ones', () => {
    expect(paragraphsOfText(wire)).toEqual(['Alfano said it was unacceptable.', '"Our faith is in Spain", he said.']);
  });

  it('splits wire copy pasted into one <p> the same way, but leaves evenly indented markup whole', () => {
    expect(paragraphsOfHtml(`<p>${wire}</p>`)).toHaveLength(2);
    expect(paragraphsOfHtml('<p>\n  One sentence\n  wrapped in\n  markup.\n</p>')).toEqual([
      'One sentence wrapped in markup.',
    ]);
  });

  it('reads a text/plain block holding block markup as HTML', () => {
    expect(labelledPlainText('<p>One.</p>')).toEqual({ html: '<p>One.</p>' });
    expect(labelledPlainText('1 < 2 and 3 > 2')).toEqual({ text: '1 < 2 and 3 > 2' });
  });

  it("reads ANSA's text/plain HTML and Reuters' one-<p> wire copy as paragraphs", () => {
    const [ansa] = real('newsml-g2/ansa-catalan-alfano.xml').stories;
    expect(ansa.paragraphs[0]).toMatch(/^\(ANSA\) - Rome/);
    expect(ansa.paragraphs).toHaveLength(4);
    expect(real('newsml-g2/reuters-gold-precious.xml').stories[0].paragraphs.length).toBeGreaterThan(5);
  });
});

describe('NITF baselang', () => {
  it('is the declared language when no xml:lang is given', () => {
    const nitf = `<nitf baselang="nb-NO"><head><docdata><date.issue norm="20200907T144526Z"/></docdata></head>
      <body><body.head><hedline><hl1>Tittel</hl1></hedline></body.head><body.content><p>Tekst.</p></body.content></body></nitf>`;
    expect(parseDocument(Buffer.from(nitf), 'application/xml', UTC).stories[0]).toMatchObject({
      language: 'nb-NO',
      declaredLanguage: 'nb-NO',
    });
    expect(real('nitf/efe-honduras-cabinet.xml').stories[0].language).toBe('en-US');
  });
});

describe('a feed with nothing new', () => {
  it('is an Atom feed with no entry: no story, nothing refused', () => {
    const empty =
      '<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x</id><title>X</title><updated>2018-02-13T12:00:00Z</updated></feed>';
    expect(parseDocument(Buffer.from(empty), 'application/atom+xml', UTC)).toMatchObject({ stories: [], refused: [] });
    expect(real('atom/google-code-trophyim-empty.atom').stories).toEqual([]);
  });
});

describe('parseFeedDateTime', () => {
  it('reads RFC 822 in other languages and ISO 8601 with or without a zone', () => {
    expect(parseFeedDateTime('Seg, 24 Set 2018 19:42:40 -0300', UTC.timeZone)).toBe('2018-09-24T22:42:40.000Z');
    expect(parseFeedDateTime('Sáb, 01 dic 2018 10:00:00 GMT', UTC.timeZone)).toBe('2018-12-01T10:00:00.000Z');
    expect(parseFeedDateTime('2018-09-18 14:38:10', 'Asia/Shanghai')).toBe('2018-09-18T06:38:10.000Z');
  });
});
