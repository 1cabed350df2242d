import iconv from 'iconv-lite';
import { encodingNote } from '../encoding/text-encoding';
import { refusalOf } from '../intake-refusal.test-helper';
import { decodeXml } from './xml-encoding';

// “Café” in windows-1252: curly quotes at 0x93/0x94, é at 0xE9.
const CP1252_QUOTE = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]);

function xml(declaration: string, ...parts: Buffer[]): Buffer {
  return Buffer.concat([Buffer.from(`${declaration}<p>`), ...parts, Buffer.from('</p>')]);
}

describe('decodeXml', () => {
  it('decodes ISO-8859-1 bytes as the XML declaration says', () => {
    const bytes = iconv.encode('<?xml version="1.0" encoding="ISO-8859-1"?><p>Café à Genève, señor</p>', 'latin1');
    expect(bytes.includes(0xe9)).toBe(true);
    const decoded = decodeXml(bytes);
    expect(decoded.text).toContain('<p>Café à Genève, señor</p>');
    expect(encodingNote(decoded)).toBe('windows-1252 (declared)');
  });

  it("reads Latin-1's neighbours in 0x80–0x9F as windows-1252 does, as browsers do", () => {
    const bytes = xml("<?xml version='1.0' encoding='iso-8859-1'?>", Buffer.from([0x93, 0x71, 0x94]));
    expect(decodeXml(bytes).text).toContain('<p>\u201cq\u201d</p>');
  });

  it('decodes UTF-8 when the declaration says so or says nothing, and says which', () => {
    expect(decodeXml(Buffer.from('<p>دمشق</p>'))).toEqual({ text: '<p>دمشق</p>', encoding: 'utf-8', choice: 'utf-8' });
    const declared = decodeXml(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><p>دمشق</p>'));
    expect(encodingNote(declared)).toBe('utf-8 (declared)');
  });

  it('follows a byte order mark before any declaration, as browsers do', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<p>إدلب</p>', 'utf-16le')]);
    expect(decodeXml(utf16)).toEqual({ text: '<p>إدلب</p>', encoding: 'utf-16le', choice: 'bom' });
    const utf8 = Buffer.from('\uFEFF<?xml version="1.0" encoding="ISO-8859-1"?><p>دمشق</p>');
    expect(encodingNote(decodeXml(utf8))).toBe('utf-8 (bom)');
    expect(decodeXml(utf8).text).toContain('<p>دمشق</p>');
  });

  it('reads undeclared bytes that are not UTF-8 as windows-1252: curly quotes and é come out right', () => {
    const decoded = decodeXml(xml('', CP1252_QUOTE));
    expect(decoded.text).toBe('<p>\u201cCafé\u201d</p>');
    expect(encodingNote(decoded)).toBe('fallback windows-1252');
  });

  it('honours the charset of the Content-Type when the document declares nothing', () => {
    const decoded = decodeXml(xml('', CP1252_QUOTE), 'application/rss+xml; charset="windows-1252"');
    expect(decoded.text).toBe('<p>\u201cCafé\u201d</p>');
    expect(encodingNote(decoded)).toBe('windows-1252 (declared)');
  });

  it("prefers the document's own declaration to the Content-Type's charset", () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="utf-8"?><p>دمشق</p>');
    expect(decodeXml(bytes, 'text/xml; charset=iso-8859-1').text).toContain('<p>دمشق</p>');
  });

  it('passes over a declared UTF-8 the bytes do not bear out, to the charset or the fallback', () => {
    const lying = xml('<?xml version="1.0" encoding="UTF-8"?>', CP1252_QUOTE);
    expect(encodingNote(decodeXml(lying, 'text/xml; charset=windows-1252'))).toBe('windows-1252 (declared)');
    const alone = decodeXml(lying);
    expect(alone.text).toContain('<p>\u201cCafé\u201d</p>');
    expect(encodingNote(alone)).toBe('fallback windows-1252');
  });

  it('refuses UTF-8 with stray bytes among it, naming the offset: no single reading keeps both', () => {
    const mixed = Buffer.concat([Buffer.from('<p>دمشق'), Buffer.from([0xe9]), Buffer.from('</p>')]);
    const error = refusalOf(() => decodeXml(mixed));
    expect(error).toMatchObject({ code: 'MALFORMED', pointer: 'body' });
    expect(error.message).toBe('the body is not valid UTF-8 (first bad byte at offset 11)');
  });

  it('refuses an encoding it does not know, naming where it was declared', () => {
    const error = refusalOf(() => decodeXml(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><p/>')));
    expect(error).toMatchObject({ code: 'MALFORMED', pointer: 'line 1' });
    expect(error.message).toBe('the XML declaration names an unknown encoding "x-klingon"');
    expect(refusalOf(() => decodeXml(Buffer.from('<p/>'), 'text/xml; charset=x-klingon'))).toMatchObject({
      pointer: 'Content-Type',
      message: 'the Content-Type charset names an unknown encoding "x-klingon"',
    });
  });
});
