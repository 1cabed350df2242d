import { IntakeError } from './intake-error';
import { parseNinjs } from './ninjs/ninjs.parser';
import { parsePageCapture } from './page-capture/page-capture.parser';
import { ParsedArticle } from './parsed-article';

export type DocumentFormat = 'ninjs' | 'page-capture';

export interface ParseOptions {
  timeZone: string;
}

const MEDIA_TYPES: Record<string, DocumentFormat> = {
  'application/json': 'ninjs',
  'application/ninjs+json': 'ninjs',
  'application/vnd.iptc.ninjs+json': 'ninjs',
  'text/plain': 'page-capture',
};

/** Chooses the parser by media type, sniffing only when the feed says nothing. */
export function formatOf(contentType: string | undefined, text: string): DocumentFormat {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType && mediaType !== 'application/octet-stream') {
    const format = MEDIA_TYPES[mediaType];
    if (!format) throw new IntakeError('UNKNOWN_FORMAT', `no parser for media type "${mediaType}"; send one of ${Object.keys(MEDIA_TYPES).join(', ')}`, 'Content-Type');
    return format;
  }
  return text.trimStart().startsWith('{') ? 'ninjs' : 'page-capture';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes as a feed sent them -> the stories' facts, or an IntakeError naming
 * the problem. Most documents carry one story; a NewsML-G2 newsMessage or an
 * RSS/Atom feed may carry several.
 */
export function parseDocument(body: Buffer | undefined, contentType: string | undefined, options: ParseOptions): ParsedArticle[] {
  if (!body || body.length === 0 || body.toString('utf8').trim() === '') throw new IntakeError('MALFORMED', 'the body is empty', 'body');
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new IntakeError('MALFORMED', `the body is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(body)})`, 'body');
  }
  return [formatOf(contentType, text) === 'ninjs' ? parseNinjs(text) : parsePageCapture(text, options)];
}

/** Byte offset where the first invalid sequence starts (decoding replaces it with U+FFFD). */
function firstInvalidUtf8(body: Buffer): number {
  const lenient = new TextDecoder('utf-8').decode(body);
  return Buffer.byteLength(lenient.slice(0, lenient.indexOf('\uFFFD')), 'utf8');
}
