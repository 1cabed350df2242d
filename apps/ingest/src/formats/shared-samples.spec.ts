import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { refusalOf } from './intake-refusal.test-helper';
import { parseDocument } from './parse-document';
import { ParsedArticle } from './parsed-article';

// The IPTC samples in the workspace's shared folder, beside the repository;
// read where they are, never copied in.
const SAMPLES = join(__dirname, '../../../../../shared/formats');
const OPTIONS = { timeZone: 'Asia/Damascus' };

function sample(name: string): Buffer {
  return readFileSync(join(SAMPLES, name));
}

function parseOne(bytes: Buffer | string, contentType?: string): ParsedArticle {
  const articles = parseDocument(Buffer.from(bytes), contentType, OPTIONS).stories;
  expect(articles).toHaveLength(1);
  return articles[0];
}

describe('the shared IPTC samples', () => {
  // CI always has ../shared: without it these tests fail, loudly, rather than passing by skipping.
  it('are where the workspace keeps them', () => {
    expect({ samples: SAMPLES, present: existsSync(SAMPLES) }).toEqual({ samples: SAMPLES, present: true });
  });

  it('reads the ninjs 3.0 simple text item', () => {
    const article = parseOne(sample('ninjs-3.0-simple-text.json'), 'application/json');
    expect(article).toMatchObject({
      guid: 'http://ninjs.example.com/newsitems/20130709simp123',
      headline: 'Captain of wrecked cruise ship on trial in Italy',
      publishedAt: '2013-07-09T10:37:00.000Z',
      byline: "Paulo Santalucia and Frances d'Emilio",
      credits: [],
      tags: [],
      language: 'en',
    });
    // Four paragraphs from the HTML rendition, where the plain one runs them together.
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[0].startsWith('GROSSETO, Italy (AP) -- The trial of the captain')).toBe(true);
    expect(article.paragraphs[3].endsWith('Schettino has denied wrongdoing.')).toBe(true);
  });

  it('reads the AP NITF 3.4 story', () => {
    const article = parseOne(sample('nitf-3.4-ap.xml'));
    expect(article).toMatchObject({
      headline: 'Can trading pollution like stocks help fight climate change?',
      publishedAt: '2015-12-10T19:10:44.000Z',
      byline: 'By BERNARD CONDON, AP Business Writer',
      credits: [{ name: 'BERNARD CONDON', role: 'writer' }],
      dateline: { place: 'NEW YORK' },
      tags: [],
      language: 'en',
    });
    expect(article.paragraphs[0].startsWith('NEW YORK (AP) — The gas produced by hog manure')).toBe(true);
    expect(article.paragraphs).toHaveLength(28);
    expect(article.category).toBeUndefined();
  });

  describe('the NewsML-G2 newsItem', () => {
    // Read in a hook, not while collecting, so a missing folder fails the tests rather than the file.
    let text = '';
    beforeAll(() => {
      text = sample('newsml-g2-news-item.xml').toString('utf8');
    });

    it('is refused as it stands: its inlineXML holds only comments, so there is no body', () => {
      expect(refusalOf(() => parseOne(text))).toMatchObject({ code: 'UNUSABLE', pointer: 'contentSet' });
    });

    it('reads everything else once an XHTML body is put into its inlineXML', () => {
      const body =
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>The Federal Reserve said that it would halt its bond buying.</p></body></html>';
      const article = parseOne(
        text.replace(/(<inlineXML[^>]*>)[\s\S]*?(<\/inlineXML>)/, `$1${body}$2`),
        'application/vnd.iptc.g2.newsitem+xml',
      );
      expect(article).toMatchObject({
        guid: 'urn:newsml:acmenews.com:20161018:US-FINANCE-FED',
        headline: 'Fed to halt QE to avert "bubble"',
        publishedAt: '2016-10-21T21:25:32.000Z',
        byline: 'Meredith Jameson',
        credits: [],
        tags: ['economy, business and finance', 'labour market'],
        dateline: { place: 'Berlin' },
        language: 'en-GB',
        declaredLanguage: 'en-GB',
      });
      expect(article.paragraphs).toEqual(['The Federal Reserve said that it would halt its bond buying.']);
    });
  });
});
