import { IntakeError } from '../intake-error';
import { ParseOptions } from '../parse-options';
import { ParsedArticle } from '../parsed-article';
import { ArticleDraft, finishArticle } from '../rules/article-draft';
import { XmlElement, child, childElements, textOf } from '../xml/xml-element';

// "editor@example.com (Jane Doe)": RSS's author is an address; the name is in brackets.
const NAME_IN_BRACKETS = /\(([^()]+)\)\s*$/;

/** An RSS 2.0 document → one story per channel item. */
export function parseRss(root: XmlElement, options: ParseOptions): ParsedArticle[] {
  const channel = child(root, 'channel');
  const items = channel ? childElements(channel, 'item') : [];
  if (items.length === 0) throw new IntakeError('UNUSABLE', 'the RSS channel has no item', 'channel/item');
  const channelLanguage = textOf(child(channel, 'language')).trim() || undefined;
  return items.map((item, i) => finishArticle(rssItemDraft(item, `item[${i + 1}]/`, channelLanguage), options));
}

/**
 * title, guid (or link), content:encoded or description (HTML by RSS's own
 * rules, escaped or in CDATA), pubDate (RFC 822) or dc:date (ISO 8601),
 * dc:creator or author, categories. Matched by local name: "encoded" is
 * content:encoded and "creator" dc:creator under their usual prefixes.
 */
function rssItemDraft(item: XmlElement, at: string, channelLanguage: string | undefined): ArticleDraft {
  const pubDate = child(item, 'pubDate') ? 'pubDate' : child(item, 'date') ? 'dc:date' : 'pubDate';
  return {
    guid: firstText(item, 'guid') ?? firstText(item, 'link'),
    headline: { value: textOf(child(item, 'title')), pointer: `${at}title` },
    body: { html: firstText(item, 'encoded') ?? firstText(item, 'description'), pointer: `${at}description` },
    published: {
      value: textOf(child(item, pubDate.replace('dc:', ''))),
      pointer: `${at}${pubDate}`,
      form: 'rfc822-or-iso',
    },
    byline: bylineOf(item),
    tags: childElements(item, 'category').map(textOf),
    declaredLanguage: firstText(item, 'language') ?? channelLanguage,
  };
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
