import iconv from 'iconv-lite';
import { decodeUtf8 } from '../document-text';
import { IntakeError } from '../intake-error';

// The declaration is ASCII in every encoding we accept, so it can be read
// from the raw bytes before we know how to decode the rest.
const DECLARED_ENCODING = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const UTF8_NAMES = new Set(['utf-8', 'utf8']);
// As browsers do (WHATWG Encoding): a document labelled Latin-1 is read as
// windows-1252, a superset, so the curly quotes feeds put in 0x80–0x9F
// arrive as quotes rather than invisible control characters.
const WINDOWS_1252_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'l1',
  'us-ascii',
  'ascii',
  'cp819',
]);

/**
 * XML bytes → text, honouring a UTF-16 byte order mark or the encoding the
 * XML declaration names. The declaration travels with the document, so the
 * HTTP and the Kafka intake decode alike whatever headers came with them.
 */
export function decodeXml(body: Buffer): string {
  if (startsWith(body, 0xff, 0xfe)) return iconv.decode(body, 'utf-16le');
  if (startsWith(body, 0xfe, 0xff)) return iconv.decode(body, 'utf-16be');
  const declared = DECLARED_ENCODING.exec(body.subarray(0, 200).toString('latin1'))?.[1].toLowerCase();
  if (declared === undefined || UTF8_NAMES.has(declared)) return decodeUtf8(body);
  const encoding = WINDOWS_1252_LABELS.has(declared) ? 'windows-1252' : declared;
  if (!iconv.encodingExists(encoding)) {
    throw new IntakeError('MALFORMED', `the XML declaration names an unknown encoding "${declared}"`, 'line 1');
  }
  return iconv.decode(body, encoding);
}

function startsWith(body: Buffer, ...bytes: number[]): boolean {
  return bytes.every((byte, i) => body[i] === byte);
}
