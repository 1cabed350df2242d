import iconv from 'iconv-lite';
import { IntakeError } from '../intake-error';
import { hasUtf8Sequences, notUtf8, strictUtf8 } from './utf8';

/** How the encoding was chosen, in the order it is looked for. */
export type EncodingChoice = 'bom' | 'declared' | 'utf-8' | 'fallback windows-1252';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in, e.g. "utf-8", "windows-1252". */
  encoding: string;
  choice: EncodingChoice;
}

/** An encoding the sender named, and where (for the refusal when nobody knows the name). */
export interface DeclaredEncoding {
  label: string;
  /** In words: "the XML declaration", "the Content-Type charset". */
  declaredBy: string;
  /** "line 1" for an XML declaration, "Content-Type" for a charset parameter. */
  pointer: string;
}

const BYTE_ORDER_MARKS: ReadonlyArray<[encoding: string, bytes: number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];
// As browsers do (WHATWG Encoding): a document labelled Latin-1 or ASCII is
// read as windows-1252, a superset, so the curly quotes feeds put in
// 0x80–0x9F arrive as quotes rather than invisible control characters.
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
const UTF8_LABELS = new Set(['utf-8', 'utf8']);

/**
 * Bytes → text the way browsers and feed readers read what feeds send: a
 * byte order mark first (it cannot be there by accident, so it outranks any
 * label, as WHATWG Encoding and RFC 7303 have it), then each declared
 * encoding in the caller's order, then UTF-8 if the bytes are UTF-8, else
 * windows-1252, the encoding of the text editors and CMSs that write
 * undeclared feeds. A declared UTF-8 the bytes do not bear out is skipped,
 * as feed readers skip it. Bytes that hold valid UTF-8 beside invalid bytes
 * are refused: no reading of them keeps every character.
 */
export function decodeSniffed(body: Buffer, declared: ReadonlyArray<DeclaredEncoding | undefined>): DecodedText {
  const bom = BYTE_ORDER_MARKS.find(([, bytes]) => bytes.every((byte, i) => body[i] === byte))?.[0];
  const byBom = bom === undefined ? undefined : decodeAs(body, bom);
  if (bom !== undefined && byBom !== undefined) return { text: byBom, encoding: bom, choice: 'bom' };
  for (const declaration of declared) {
    if (declaration === undefined) continue;
    const encoding = encodingNamed(declaration);
    const text = decodeAs(body, encoding);
    if (text !== undefined) return { text, encoding, choice: 'declared' };
  }
  const utf8 = strictUtf8(body);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', choice: 'utf-8' };
  if (hasUtf8Sequences(body)) throw notUtf8(body);
  return { text: iconv.decode(body, 'windows-1252'), encoding: 'windows-1252', choice: 'fallback windows-1252' };
}

/**
 * What the article records: "windows-1252 (declared)", "utf-16le (bom)";
 * "utf-8" and "fallback windows-1252" already say how they were chosen.
 */
export function encodingNote({ encoding, choice }: DecodedText): string {
  return choice === 'bom' || choice === 'declared' ? `${encoding} (${choice})` : choice;
}

/** The text, or undefined when the bytes are not UTF-8 (the one check that can fail: legacy decoders map every byte). */
function decodeAs(body: Buffer, encoding: string): string | undefined {
  return encoding === 'utf-8' ? strictUtf8(body) : iconv.decode(body, encoding);
}

function encodingNamed({ label, declaredBy, pointer }: DeclaredEncoding): string {
  const name = label.trim().toLowerCase();
  if (UTF8_LABELS.has(name)) return 'utf-8';
  if (WINDOWS_1252_LABELS.has(name)) return 'windows-1252';
  if (!iconv.encodingExists(name))
    throw new IntakeError('MALFORMED', `${declaredBy} names an unknown encoding "${label}"`, pointer);
  return name;
}
