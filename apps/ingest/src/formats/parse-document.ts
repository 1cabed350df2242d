import { parseAtom } from './feeds/atom.parser';
import { parseRss } from './feeds/rss.parser';
import { decodeUtf8 } from './document-text';
import { DocumentFamily, formatOf, xmlFormatOf } from './format-choice';
import { IntakeError } from './intake-error';
import { parseNewsMlG2 } from './newsml-g2/newsml-g2.parser';
import { parseNinjs } from './ninjs/ninjs.parser';
import { parseNitf } from './nitf/nitf.parser';
import { parsePageCapture } from './page-capture/page-capture.parser';
import { ParseOptions } from './parse-options';
import { ParsedArticle } from './parsed-article';
import { readXml } from './xml/read-xml';
import { decodeXml } from './xml/xml-encoding';

export type { DocumentFormat } from './format-choice';
export type { ParseOptions } from './parse-options';
export { formatOf } from './format-choice';

// Enough of the start to find the first sign past a byte order mark and blanks.
const SNIFF_BYTES = 1024;

/**
 * Bytes as a feed sent them -> the stories' facts, or an IntakeError naming
 * the problem. Most documents carry one story; a NewsML-G2 newsMessage or an
 * RSS/Atom feed may carry several. HTTP and Kafka intake both call this.
 */
export function parseDocument(
  body: Buffer | undefined,
  contentType: string | undefined,
  options: ParseOptions,
): ParsedArticle[] {
  const head = body?.subarray(0, SNIFF_BYTES).toString('latin1') ?? '';
  if (!body || (head.trim() === '' && body.toString('utf8').trim() === ''))
    throw new IntakeError('MALFORMED', 'the body is empty', 'body');
  const family = formatOf(contentType, head);
  switch (family) {
    case 'ninjs':
      return [parseNinjs(decodeUtf8(body), options)];
    case 'page-capture':
      return [parsePageCapture(decodeUtf8(body), options)];
    case 'xml':
    case 'nitf':
    case 'newsml-g2':
    case 'rss':
    case 'atom':
      return parseXmlDocument(body, family, options);
  }
}

function parseXmlDocument(body: Buffer, family: DocumentFamily, options: ParseOptions): ParsedArticle[] {
  const root = readXml(decodeXml(body));
  const format = xmlFormatOf(root, family);
  switch (format) {
    case 'nitf':
      return [parseNitf(root, options)];
    case 'newsml-g2':
      return parseNewsMlG2(root, options);
    case 'rss':
      return parseRss(root, options);
    case 'atom':
      return parseAtom(root, options);
    default:
      return assertNever(format);
  }
}

function assertNever(format: never): never {
  throw new Error(`unhandled format ${String(format)}`);
}
