import { BodySource, readStoryBody } from '../body/story-body';
import { ArticleDraft } from '../rules/article-draft';
import { DraftDate } from '../rules/draft-date';
import { XmlElement, attribute, child, childElements, textOf } from '../xml/xml-element';
import { escapeHtml } from '@news/text';
import { RssChannel } from './rss-channel';

// "editor@example.com (Jane Doe)": RSS's author is an address; the name is in brackets.
const NAME_IN_BRACKETS = /\(([^()]+)\)\s*$/;
// A headline made from a description is cut at a word near this many characters.
const HEADLINE_LENGTH = 120;
// A sentence ends at . ! ? (or their CJK forms) followed by a space or the
// end, unless the word before is an initial or abbreviation ("U.S.", "Mr.").
const SENTENCE_END = /[.!?](?=\s|$)|[。！？]/gu;
const ABBREVIATION = /(?:^|\s)(?:\p{Lu}\p{Ll}?|(?:\p{L}\.)+\p{L})$/u;

/**
 * title, guid (else rdf:about, else link), content:encoded or description
 * (HTML by RSS's own rules, escaped or in CDATA), pubDate (RFC 822) or
 * dc:date (ISO 8601), dc:creator or author, categories. Matched by local
 * name: "encoded" is content:encoded and "creator" dc:creator under their
 * usual prefixes. `at` is the item's path, e.g. "/rss/channel/item[3]/".
 */
export function rssItemDraft(item: XmlElement, at: string, channel: RssChannel): ArticleDraft {
  const link = firstText(item, 'link')?.trim();
  const description = firstText(item, 'description');
  const body = firstText(item, 'encoded') ?? description;
  const ownTitle = textOf(child(item, 'title'));
  // RSS 2.0 lets an item leave out its title if it has a description: a
  // brief, headed by its first sentence. A blank <title> is still refused.
  const untitled = child(item, 'title') === undefined && description !== undefined;
  const title = untitled ? headlineOf(description) : ownTitle;
  return {
    guid: rssItemGuid(item),
    headline: { value: title, pointer: `${at}title` },
    body: { html: body, pointer: `${at}description` },
    ...(untitled ? { brief: true } : {}),
    standIn: link ? linkedTitle(title, link) : undefined,
    published: itemDate(item, at),
    undated: { feedDate: channel.feedDate },
    byline: bylineOf(item),
    tags: [...childElements(item, 'category'), ...childElements(item, 'subject')].map(textOf),
    declaredLanguage: firstText(item, 'language') ?? channel.language,
  };
}

/** The item's own id: guid, else RSS 1.0's rdf:about, else its link. */
export function rssItemGuid(item: XmlElement): string | undefined {
  return firstText(item, 'guid') ?? attribute(item, 'about') ?? firstText(item, 'link');
}

/**
 * A headline-only item with a link is a brief: the title is its one
 * paragraph, linked to the story it announces, so the link reaches the
 * article's HTML body (and, when the item has no guid, is its id).
 */
function linkedTitle(title: string, link: string): BodySource {
  return { html: `<p><a href="${escapeHtml(link)}">${escapeHtml(title)}</a></p>`, text: title };
}

/**
 * A description's first sentence as plain text, cut at a word with an
 * ellipsis when longer than HEADLINE_LENGTH. Empty when it has no text.
 */
export function headlineOf(descriptionHtml: string): string {
  const [first = ''] = readStoryBody({ html: descriptionHtml }).paragraphs;
  const end = [...first.matchAll(SENTENCE_END)].find(
    (match) => match[0] !== '.' || !ABBREVIATION.test(first.slice(0, match.index)),
  );
  const sentence = end ? first.slice(0, end.index + end[0].length) : first;
  if (sentence.length <= HEADLINE_LENGTH) return sentence;
  const cut = sentence.slice(0, HEADLINE_LENGTH);
  const atWord = cut.lastIndexOf(' ') > HEADLINE_LENGTH / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${atWord.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** pubDate (RSS 2.0), else dc:date (RSS 1.0, and 2.0 feeds that borrow it). */
function itemDate(item: XmlElement, at: string): DraftDate {
  const [name, printed] = !child(item, 'pubDate') && child(item, 'date') ? ['date', 'dc:date'] : ['pubDate', 'pubDate'];
  return { value: textOf(child(item, name)), pointer: `${at}${printed}`, form: 'rfc822-or-iso' };
}

/** The first child of that local name with any text (atom:link, empty, does not count as link). */
function firstText(item: XmlElement, name: string): string | undefined {
  return childElements(item, name)
    .map(textOf)
    .find((text) => text.trim() !== '');
}

function bylineOf(item: XmlElement): string | undefined {
  const creators = childElements(item, 'creator')
    .map(textOf)
    .filter((name) => name.trim() !== '');
  if (creators.length > 0) return creators.join(', ');
  const author = firstText(item, 'author');
  return author && (NAME_IN_BRACKETS.exec(author)?.[1] ?? author);
}
