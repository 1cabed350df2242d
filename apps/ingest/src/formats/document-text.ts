import { IntakeError } from './intake-error';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Bytes that must be UTF-8 (JSON, page captures, XML that declares nothing else). */
export function decodeUtf8(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw new IntakeError(
      'MALFORMED',
      `the body is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(body)})`,
      'body',
    );
  }
}

/** Byte offset where the first invalid sequence starts (decoding replaces it with U+FFFD). */
function firstInvalidUtf8(body: Buffer): number {
  const lenient = new TextDecoder('utf-8').decode(body);
  return Buffer.byteLength(lenient.slice(0, lenient.indexOf('\uFFFD')), 'utf8');
}
