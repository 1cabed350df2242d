import { charsetOf } from './encoding/declared-charset';
import { DecodedText, decodeSniffed } from './encoding/text-encoding';
import { notUtf8, strictUtf8 } from './encoding/utf8';

/** JSON is UTF-8 (RFC 8259), whatever the Content-Type says; a UTF-8 byte order mark is tolerated. */
export function decodeJson(body: Buffer): DecodedText {
  const text = strictUtf8(body);
  if (text === undefined) throw notUtf8(body);
  const bom = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf;
  return { text, encoding: 'utf-8', choice: bom ? 'bom' : 'utf-8' };
}

/** A page capture: the Content-Type's charset when it names one, else sniffed as browsers sniff a page. */
export function decodePlainText(body: Buffer, contentType: string | undefined): DecodedText {
  return decodeSniffed(body, [charsetOf(contentType)]);
}
