import { ItemsRead, singleStory, someAccepted } from './document-items';
import { decodeJson, decodePlainText } from './document-text';
import { DecodedText, encodingNote } from './encoding/text-encoding';
import { parseAtom } from './feeds/atom.parser';
import { parseRss } from './feeds/rss.parser';
import { DocumentFamily, formatOf, xmlFormatOf } from './format-choice';
import { IntakeError } from './intake-error';
import { parseNewsMl1 } from './newsml-1/newsml-1.parser';
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
export type { RefusedItem } from './document-items';
export { formatOf } from './format-choice';

/** A document's stories, the items refused among them, and the encoding it was read in. */
export interface ParsedDocument extends ItemsRead {
  /** How the bytes were read, as the articles record it: "utf-8", "windows-1252 (declared)"... */
  encoding: string;
}

// Enough of the start to find the first sign past a byte order mark and blanks.
const SNIFF_BYTES = 1024;

/**
 * Bytes as a feed sent them -> the stories' facts. Most documents carry one
 * story; a NewsML-G2 newsMessage, a NewsML 1 document or an RSS/Atom feed
 * may carry several (a feed with no item, none), and
 * an item of those that is unusable is refused on its own, listed in
 * `refused`. An IntakeError names what is wrong with a document refused
 * whole: unreadable, of an unknown format, or with every item refused.
 * HTTP and Kafka intake and the poller all call this.
 */
export function parseDocument(
  body: Buffer | undefined,
  contentType: string | undefined,
  options: ParseOptions,
): ParsedDocument {
  const head = body?.subarray(0, SNIFF_BYTES).toString('latin1') ?? '';
  if (!body || (head.trim() === '' && body.toString('utf8').trim() === ''))
    throw new IntakeError('MALFORMED', 'the body is empty', 'body');
  // One clock for the whole document: its undated items were all received at once.
  const read = { ...options, receivedAt: options.receivedAt ?? new Date() };
  const family = formatOf(contentType, head);
  switch (family) {
    case 'ninjs':
      return noted(decodeJson(body), (text) => singleStory(parseNinjs(text, read)));
    case 'page-capture':
      return noted(decodePlainText(body, contentType), (text) => singleStory(parsePageCapture(text, read)));
    case 'xml':
    case 'nitf':
    case 'newsml-g2':
    case 'newsml-1':
    case 'rss':
    case 'atom':
      return noted(decodeXml(body, contentType), (text) => parseXmlDocument(text, family, read));
  }
}

/** Reads the decoded text and notes on every story how it was decoded (and, where its parser did not say, that its date was its own). */
function noted(decoded: DecodedText, parse: (text: string) => ItemsRead): ParsedDocument {
  const encoding = encodingNote(decoded);
  const read = someAccepted(parse(decoded.text));
  const withNotes = (story: ParsedArticle): ParsedArticle => ({
    ...story,
    intakeNotes: { dateSource: 'item', ...story.intakeNotes, encoding },
  });
  return { ...read, stories: read.stories.map(withNotes), encoding };
}

function parseXmlDocument(text: string, family: DocumentFamily, options: ParseOptions): ItemsRead {
  const root = readXml(text);
  const format = xmlFormatOf(root, family);
  switch (format) {
    case 'nitf':
      return singleStory(parseNitf(root, options));
    case 'newsml-g2':
      return parseNewsMlG2(root, options);
    case 'newsml-1':
      return parseNewsMl1(root, options);
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
