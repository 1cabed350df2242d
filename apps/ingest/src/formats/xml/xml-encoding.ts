import { charsetOf } from '../encoding/declared-charset';
import { DecodedText, DeclaredEncoding, decodeSniffed } from '../encoding/text-encoding';

// The declaration is ASCII in every encoding we read without a byte order
// mark, so it can be read from the raw bytes before we know the encoding.
const DECLARED_ENCODING = /^(?:\xEF\xBB\xBF)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * XML bytes → text. The XML declaration is the document's own word and
 * travels with it, so it is asked before the Content-Type's charset, which
 * is often a web server's default rather than the feed's choice; a
 * declaration of UTF-8 the bytes do not bear out gives way to the charset.
 */
export function decodeXml(body: Buffer, contentType?: string): DecodedText {
  return decodeSniffed(body, [xmlDeclaration(body), charsetOf(contentType)]);
}

function xmlDeclaration(body: Buffer): DeclaredEncoding | undefined {
  const label = DECLARED_ENCODING.exec(body.subarray(0, 200).toString('latin1'))?.[1];
  return label === undefined ? undefined : { label, declaredBy: 'the XML declaration', pointer: 'line 1' };
}
