import { IntakeError } from '../intake-error';
import { DraftDate } from '../rules/draft-date';
import { XmlElement, child, childElements, localName, textOf } from '../xml/xml-element';

/** What an RSS document says about all its items, whichever RSS it is. */
export interface RssChannel {
  items: XmlElement[];
  /** The items' path, for pointers: "/rss/channel/item" (2.0) or "/rdf:RDF/item" (1.0). */
  itemPath: string;
  language?: string;
  /** The channel's own date, which an undated item takes. */
  feedDate?: DraftDate;
}

// The channel's dates, most telling first: lastBuildDate is when its content
// last changed, pubDate the edition's date, dc:date RSS 1.0's only date.
const CHANNEL_DATES: ReadonlyArray<[name: string, printed: string]> = [
  ['lastBuildDate', 'lastBuildDate'],
  ['pubDate', 'pubDate'],
  ['date', 'dc:date'],
];

/**
 * RSS 2.0 (and 0.9x) puts its items inside <channel>; RSS 1.0 (RDF) puts
 * them beside it, under the rdf:RDF root. Either way the channel carries
 * the language and the date its items inherit.
 */
export function readRssChannel(root: XmlElement): RssChannel {
  const channel = child(root, 'channel');
  const rdf = localName(root.name) === 'RDF';
  const itemParent = rdf ? root : channel;
  const parentPath = rdf || !channel ? `/${root.name}` : `/${root.name}/${channel.name}`;
  if (!itemParent) throw new IntakeError('UNUSABLE', 'the RSS document has no channel', `${parentPath}/channel`);
  // A channel with no item has nothing new: zero stories, not a refusal.
  const items = childElements(itemParent, 'item');
  return {
    items,
    itemPath: `${parentPath}/item`,
    language: textOf(child(channel, 'language')).trim() || undefined,
    feedDate: channelDate(channel, parentPath),
  };
}

function channelDate(channel: XmlElement | undefined, channelPath: string): DraftDate | undefined {
  const found = CHANNEL_DATES.find(([name]) => textOf(child(channel, name)).trim() !== '');
  if (!found) return undefined;
  const [name, printed] = found;
  return { value: textOf(child(channel, name)), pointer: `${channelPath}/${printed}`, form: 'rfc822-or-iso' };
}
