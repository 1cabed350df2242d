import iconv from 'iconv-lite';
import { refusalOf as refusal } from './intake-refusal.test-helper';
import { formatOf, parseDocument } from './parse-document';

const options = { timeZone: 'Asia/Damascus' };

describe('formatOf', () => {
  it('takes the format from the media type, ignoring parameters', () => {
    expect(formatOf('application/json; charset=utf-8', 'x')).toBe('ninjs');
    expect(formatOf('text/plain; charset=utf-8', '{')).toBe('page-capture');
  });

  it('sniffs only when the feed says nothing', () => {
    expect(formatOf(undefined, '  {"uri": "x"}')).toBe('ninjs');
    expect(formatOf('application/octet-stream', 'Headline\n')).toBe('page-capture');
  });

  it('knows the XML formats by their media types and leaves generic XML to the root element', () => {
    expect(formatOf('application/nitf+xml', '<')).toBe('nitf');
    expect(formatOf('application/vnd.iptc.g2.newsitem+xml', '<')).toBe('newsml-g2');
    expect(formatOf('application/vnd.iptc.g2.newsmessage+xml', '<')).toBe('newsml-g2');
    expect(formatOf('application/rss+xml; charset=utf-8', '<')).toBe('rss');
    expect(formatOf('application/atom+xml', '<')).toBe('atom');
    expect(formatOf('application/rdf+xml', '<')).toBe('rss');
    expect(formatOf('application/xml', '{')).toBe('xml');
    expect(formatOf('text/xml', '')).toBe('xml');
  });

  it('sniffs XML past a byte order mark and blanks', () => {
    expect(formatOf(undefined, '\xEF\xBB\xBF  \n<?xml version="1.0"?>')).toBe('xml');
    expect(formatOf(undefined, '\uFEFF<rss/>')).toBe('xml');
  });

  it('refuses a media type it has no parser for, naming it', () => {
    expect(refusal(() => formatOf('application/pdf', 'x'))).toMatchObject({
      code: 'UNKNOWN_FORMAT',
      pointer: 'Content-Type',
    });
  });

  it('knows no media type named after what every object has', () => {
    for (const mediaType of ['constructor', '__proto__', 'hasownproperty'])
      expect(refusal(() => formatOf(mediaType, 'x'))).toMatchObject({ code: 'UNKNOWN_FORMAT' });
  });
});

describe('parseDocument', () => {
  it('refuses an empty or blank body as malformed', () => {
    expect(refusal(() => parseDocument(Buffer.from('  \n'), 'text/plain', options))).toMatchObject({
      code: 'MALFORMED',
      message: 'the body is empty',
    });
  });

  it('names the offset of the first byte that is not UTF-8 in text that is UTF-8 elsewhere', () => {
    const body = Buffer.concat([Buffer.from('عنوان', 'utf8'), Buffer.from([0xc3, 0x28])]);
    expect(refusal(() => parseDocument(body, 'text/plain', options)).message).toBe(
      'the body is not valid UTF-8 (first bad byte at offset 10)',
    );
  });

  it('reads a minimal ninjs 3 item', () => {
    const item = {
      uri: 'urn:test:1',
      language: 'ar',
      versionCreated: '2019-03-03T14:05:00Z',
      headlines: [{ value: 'قصف على دوما' }],
      bodies: [{ contentType: 'text/plain', value: 'الفقرة الأولى.\n\nالفقرة الثانية.' }],
      infoSources: [
        { name: 'أمنة رياض', role: 'editor' },
        { name: 'Reuters', role: 'source' },
      ],
      subjects: [{ name: 'خبر عسكري', literal: 'military', rel: 'category' }],
    };
    const [parsed] = parseDocument(Buffer.from(JSON.stringify(item)), 'application/json', options).stories;
    expect(parsed).toMatchObject({
      guid: 'urn:test:1',
      headline: 'قصف على دوما',
      paragraphs: ['الفقرة الأولى.', 'الفقرة الثانية.'],
      credits: [{ name: 'أمنة رياض', role: 'editor' }],
      publishedAt: '2019-03-03T14:05:00.000Z',
      category: { code: 'military', label: 'خبر عسكري' },
      language: 'ar',
    });
  });

  it('refuses a ninjs item without a headline as unusable, pointing at headlines', () => {
    const item = { uri: 'x', versionCreated: '2019-03-03T14:05:00Z', bodies: [{ value: 'text' }] };
    expect(refusal(() => parseDocument(Buffer.from(JSON.stringify(item)), 'application/json', options))).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'headlines',
    });
  });

  it('refuses XML whose root no parser knows, naming the root element', () => {
    const error = refusal(() =>
      parseDocument(Buffer.from('<html><body><p>x</p></body></html>'), 'application/xml', options),
    );
    expect(error).toMatchObject({ code: 'UNKNOWN_FORMAT', pointer: 'root element' });
    expect(error.message).toContain('<html>');
  });

  it('refuses XML rooted in an element named after what every object has', () => {
    const rootedIn = (root: string) =>
      refusal(() => parseDocument(Buffer.from(`<${root}><x/></${root}>`), 'application/xml', options));
    for (const root of ['toString', 'valueOf', 'hasOwnProperty'])
      expect(rootedIn(root)).toMatchObject({ code: 'UNKNOWN_FORMAT', pointer: 'root element' });
    // The XML parser itself refuses these two names anywhere in a document.
    for (const root of ['constructor', '__proto__']) {
      expect(rootedIn(root)).toMatchObject({ code: 'MALFORMED' });
      expect(rootedIn(root).message).toContain(`"${root}"`);
    }
  });

  it('refuses XML whose root contradicts the media type', () => {
    expect(refusal(() => parseDocument(Buffer.from('<nitf/>'), 'application/rss+xml', options))).toMatchObject({
      code: 'UNKNOWN_FORMAT',
      pointer: 'Content-Type',
    });
  });

  it('refuses broken XML naming the line, whatever the media type', () => {
    expect(refusal(() => parseDocument(Buffer.from('<rss>\n<channel>\n</rss>'), undefined, options))).toMatchObject({
      code: 'MALFORMED',
      pointer: 'line 3',
    });
  });

  it('refuses a ninjs item whose date is not ISO 8601', () => {
    const item = { uri: 'x', versionCreated: '13/02/2018', headlines: [{ value: 'h' }], bodies: [{ value: 'text' }] };
    expect(refusal(() => parseDocument(Buffer.from(JSON.stringify(item)), 'application/json', options))).toMatchObject({
      code: 'UNUSABLE',
      pointer: 'versionCreated',
    });
  });
});

describe('parseDocument encodings', () => {
  const ninjs = {
    uri: 'urn:test:2',
    language: 'en',
    versionCreated: '2019-03-03T14:05:00Z',
    headlines: [{ value: 'Café reopens in Idlib' }],
    bodies: [{ value: 'The café reopened on Sunday.' }],
  };

  it('reads a windows-1252 RSS feed that declares nothing: curly quotes and é come out right', () => {
    const feed = iconv.encode(
      '<rss version="2.0"><channel><title>Wire</title><language>en</language><item><guid>c1</guid>' +
        '<title>\u201cCafé\u201d reopens in Idlib</title><pubDate>Sun, 03 Mar 2019 14:05:00 GMT</pubDate>' +
        '<description>The \u201ccafé\u201d reopened on Sunday, its owner said.</description></item></channel></rss>',
      'windows-1252',
    );
    expect([...feed].filter((byte) => [0x93, 0x94, 0xe9].includes(byte))).toHaveLength(6);
    const parsed = parseDocument(feed, 'application/rss+xml', options);
    expect(parsed.encoding).toBe('fallback windows-1252');
    expect(parsed.stories[0]).toMatchObject({
      headline: '\u201cCafé\u201d reopens in Idlib',
      paragraphs: ['The \u201ccafé\u201d reopened on Sunday, its owner said.'],
      intakeNotes: { encoding: 'fallback windows-1252', dateSource: 'item' },
    });
  });

  it('reads ninjs as UTF-8 whatever the charset says, a byte order mark allowed, and records it', () => {
    const bytes = Buffer.from(`\uFEFF${JSON.stringify(ninjs)}`);
    const parsed = parseDocument(bytes, 'application/json; charset=iso-8859-1', options);
    expect(parsed.encoding).toBe('utf-8 (bom)');
    expect(parsed.stories[0]).toMatchObject({
      headline: 'Café reopens in Idlib',
      intakeNotes: { encoding: 'utf-8 (bom)' },
    });
    expect(parseDocument(Buffer.from(JSON.stringify(ninjs)), 'application/json', options).encoding).toBe('utf-8');
  });

  it('refuses ninjs that is not UTF-8, naming the offset', () => {
    const latin1 = iconv.encode(JSON.stringify(ninjs), 'latin1');
    expect(refusal(() => parseDocument(latin1, 'application/json', options))).toMatchObject({
      code: 'MALFORMED',
      pointer: 'body',
    });
  });
});
