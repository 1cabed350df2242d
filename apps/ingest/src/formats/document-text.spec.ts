import iconv from 'iconv-lite';
import { decodeJson, decodePlainText } from './document-text';
import { encodingNote } from './encoding/text-encoding';
import { refusalOf } from './intake-refusal.test-helper';

const CAPTURE = 'حلب \u201cCafé\u201d\n';

describe('decodePlainText, for page captures', () => {
  it("reads the Content-Type's charset", () => {
    const decoded = decodePlainText(iconv.encode('\u201cCafé\u201d', 'windows-1252'), 'text/plain; charset=cp1252');
    expect(decoded.text).toBe('\u201cCafé\u201d');
    expect(encodingNote(decoded)).toBe('cp1252 (declared)');
    const arabic = decodePlainText(iconv.encode('حلب', 'windows-1256'), 'text/plain; charset=windows-1256');
    expect(arabic.text).toBe('حلب');
  });

  it('reads UTF-8 when nothing is declared and the bytes are UTF-8', () => {
    expect(decodePlainText(Buffer.from(CAPTURE), 'text/plain')).toEqual({
      text: CAPTURE,
      encoding: 'utf-8',
      choice: 'utf-8',
    });
  });

  it('falls back to windows-1252 when nothing is declared and the bytes are not UTF-8', () => {
    const decoded = decodePlainText(iconv.encode('\u201cCafé\u201d', 'windows-1252'), undefined);
    expect(decoded).toEqual({ text: '\u201cCafé\u201d', encoding: 'windows-1252', choice: 'fallback windows-1252' });
  });
});

describe('decodeJson', () => {
  it('reads UTF-8 and tolerates its byte order mark', () => {
    expect(decodeJson(Buffer.from('{"a":"é"}'))).toEqual({ text: '{"a":"é"}', encoding: 'utf-8', choice: 'utf-8' });
    expect(decodeJson(Buffer.from('\uFEFF{"a":"é"}'))).toEqual({ text: '{"a":"é"}', encoding: 'utf-8', choice: 'bom' });
  });

  it('never falls back: JSON that is not UTF-8 is refused, naming the offset', () => {
    expect(refusalOf(() => decodeJson(iconv.encode('{"a":"é"}', 'latin1')))).toMatchObject({
      code: 'MALFORMED',
      message: 'the body is not valid UTF-8 (first bad byte at offset 6)',
    });
  });
});
