import { IntakeError } from '../intake-error';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8');

/** The bytes as UTF-8 (a UTF-8 byte order mark dropped), or undefined when they are not UTF-8. */
export function strictUtf8(body: Buffer): string | undefined {
  try {
    return strict.decode(body);
  } catch {
    return undefined;
  }
}

/**
 * Whether any multi-byte UTF-8 sequence in the bytes decodes. Text that is
 * not UTF-8 throughout but has some (Arabic in UTF-8 beside a stray Latin-1
 * byte) is two encodings at once: any single reading garbles part of it.
 */
export function hasUtf8Sequences(body: Buffer): boolean {
  return /[^\x00-\x7F\uFFFD]/.test(lenient.decode(body));
}

/** MALFORMED naming the byte offset where the first invalid sequence starts. */
export function notUtf8(body: Buffer): IntakeError {
  const text = lenient.decode(body);
  const offset = Buffer.byteLength(text.slice(0, text.indexOf('\uFFFD')), 'utf8');
  return new IntakeError('MALFORMED', `the body is not valid UTF-8 (first bad byte at offset ${offset})`, 'body');
}
