import { lookupTable } from '@news/text';
import { IntakeError } from './intake-error';
import { XmlElement, localName } from './xml/xml-element';

export type XmlFormat = 'nitf' | 'newsml-g2' | 'newsml-1' | 'rss' | 'atom';
export type DocumentFormat = 'ninjs' | 'page-capture' | XmlFormat;

/** What the media type or the first byte tells before the document is read: XML needs its root. */
export type DocumentFamily = DocumentFormat | 'xml';

const MEDIA_TYPES: Readonly<Record<string, DocumentFamily>> = lookupTable({
  'application/json': 'ninjs',
  'application/ninjs+json': 'ninjs',
  'application/vnd.iptc.ninjs+json': 'ninjs',
  'text/plain': 'page-capture',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'application/nitf+xml': 'nitf',
  'application/vnd.iptc.g2.newsitem+xml': 'newsml-g2',
  'application/vnd.iptc.g2.newsmessage+xml': 'newsml-g2',
  'application/rss+xml': 'rss',
  // RSS 1.0 is RDF; its feeds are served as such.
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
});

const ROOTS: Readonly<Record<string, XmlFormat>> = lookupTable({
  nitf: 'nitf',
  newsItem: 'newsml-g2',
  newsMessage: 'newsml-g2',
  // NewsML 1.x, as AFP and Business Wire still send it; it has no registered media type.
  NewsML: 'newsml-1',
  rss: 'rss',
  RDF: 'rss',
  feed: 'atom',
  entry: 'atom',
});

// RSS 1.0's namespace: an rdf:RDF root is a feed only when it declares it.
const RSS_1_NAMESPACE = 'http://purl.org/rss/1.0/';

// A byte order mark (read as Latin-1 or as text), then the first sign.
const FIRST_SIGN = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*([{<])/;

/**
 * Chooses by media type, sniffing only when the feed says nothing (no type,
 * or application/octet-stream): "{" is ninjs, "<" is XML, anything else a
 * page capture. `head` is the document's start; for bytes, read as Latin-1.
 */
export function formatOf(contentType: string | undefined, head: string): DocumentFamily {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType && mediaType !== 'application/octet-stream') {
    const family = MEDIA_TYPES[mediaType];
    if (!family)
      throw new IntakeError(
        'UNKNOWN_FORMAT',
        `no parser for media type "${mediaType}"; send one of ${Object.keys(MEDIA_TYPES).join(', ')}`,
        'Content-Type',
      );
    return family;
  }
  const sign = FIRST_SIGN.exec(head)?.[1];
  return sign === '{' ? 'ninjs' : sign === '<' ? 'xml' : 'page-capture';
}

/**
 * The XML format the root element names. A specific media type must agree,
 * except that RSS and Atom stand in for each other: feeds mislabel one as
 * the other often enough that refusing would refuse real feeds.
 */
export function xmlFormatOf(root: XmlElement, family: DocumentFamily): XmlFormat {
  const format = ROOTS[localName(root.name)];
  if (!format || (localName(root.name) === 'RDF' && !declaresRss1(root)))
    throw new IntakeError(
      'UNKNOWN_FORMAT',
      `no parser for an XML document with the root <${root.name}>; known roots: ${Object.keys(ROOTS).join(', ')} (RDF as RSS 1.0)`,
      'root element',
    );
  const isFeed = (f: DocumentFamily): boolean => f === 'rss' || f === 'atom';
  if (family !== 'xml' && family !== format && !(isFeed(family) && isFeed(format))) {
    throw new IntakeError(
      'UNKNOWN_FORMAT',
      `the Content-Type says ${family} but the root element is <${root.name}>`,
      'Content-Type',
    );
  }
  return format;
}

/** Any RDF document has an rdf:RDF root; an RSS 1.0 feed binds its namespace (as default, usually) there. */
function declaresRss1(root: XmlElement): boolean {
  return Object.entries(root.attributes).some(
    ([name, value]) => (name === 'xmlns' || name.startsWith('xmlns:')) && value.trim() === RSS_1_NAMESPACE,
  );
}
