import iconv from 'iconv-lite';
import { refusalOf } from '../intake-refusal.test-helper';
import { decodeXml } from './xml-encoding';

describe('decodeXml', () => {
  it('decodes ISO-8859-1 bytes as the XML declaration says', () => {
    const bytes = iconv.encode('<?xml version="1.0" encoding="ISO-8859-1"?><p>Café à Genève, señor</p>', 'latin1');
    expect(bytes.includes(0xe9)).toBe(true);
    expect(decodeXml(bytes)).toContain('<p>Café à Genève, señor</p>');
  });

  it("reads Latin-1's neighbours in 0x80–0x9F as windows-1252 does, as browsers do", () => {
    const bytes = Buffer.concat([
      Buffer.from("<?xml version='1.0' encoding='iso-8859-1'?><p>"),
      Buffer.from([0x93, 0x71, 0x94]),
      Buffer.from('</p>'),
    ]);
    expect(decodeXml(bytes)).toContain('<p>\u201cq\u201d</p>');
  });

  it('decodes UTF-8 when the declaration says so or says nothing', () => {
    expect(decodeXml(Buffer.from('<p>دمشق</p>'))).toBe('<p>دمشق</p>');
    expect(decodeXml(Buffer.from('\uFEFF<?xml version="1.0" encoding="UTF-8"?><p>دمشق</p>'))).toContain('<p>دمشق</p>');
  });

  it('follows a UTF-16 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<p>إدلب</p>', 'utf-16le')]);
    expect(decodeXml(bytes)).toBe('<p>إدلب</p>');
  });

  it('refuses UTF-8 that is not, naming the offset', () => {
    expect(refusalOf(() => decodeXml(Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c])))).toMatchObject({
      code: 'MALFORMED',
      pointer: 'body',
    });
  });

  it('refuses an encoding it does not know', () => {
    const error = refusalOf(() => decodeXml(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><p/>')));
    expect(error).toMatchObject({ code: 'MALFORMED', pointer: 'line 1' });
    expect(error.message).toContain('x-klingon');
  });
});
