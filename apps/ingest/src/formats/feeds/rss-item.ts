import { BodySource } from '../body/story-body';
import { ArticleDraft } from '../rules/article-draft';
import { DraftDate } from '../rules/draft-date';
import { XmlElement, attribute, child, childElements, textOf } from '../xml/xml-element';
import { escapeHtml } from '../xml/xml-to-html';
import { RssChannel } from './rss-channel';

// "editor@example.com (Jane Doe)": RSS's author is an address; the name is in brackets.
const NAME_IN_BRACKETS = /\(([^()]+)\)\s*$/;

/**
 * title, guid (else rdf:about, else link), content:encoded or description
 * (HTML by RSS's own rules, escaped or in CDATA), pubDate (RFC 822) or
 * dc:date (ISO 8601), dc:creator or author, categories. Matched by local
 * name: "encoded" is content:encoded and "creator" dc:creator under their
 * usual prefixes. `at` is the item's path, e.g. "/rss/channel/item[3]/".
 */
export function rssItemDraft(item: XmlElement, at: string, channel: RssChannel): ArticleDraft {
  const title = textOf(child(item, 'title'));
  const link = firstText(item, 'link')?.trim();
  return {
    guid: rssItemGuid(item),
    headline: { value: title, pointer: `${at}title` },
    body: { html: firstText(item, 'encoded') ?? firstText(item, 'description'), pointer: `${at}description` },
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
