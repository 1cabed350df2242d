import { normalizeText } from '@news/text';
import { BodySource } from '../body/story-body';
import { paragraphsOfHtml } from '../body/html-paragraphs';
import { sanitizeBodyHtml } from '../body/html-sanitizer';
import { ItemsRead, readItems, singleStory } from '../document-items';
import { ParseOptions } from '../parse-options';
import { ArticleDraft, finishArticle } from '../rules/article-draft';
import { DraftDate } from '../rules/draft-date';
import { XmlElement, attribute, child, childElements, languageOf, localName, textOf } from '../xml/xml-element';
import { innerHtml } from '../xml/xml-to-html';

/**
 * An Atom feed (one story per entry, a bad entry refused on its own) or a
 * single Atom entry document. A feed with no entry has nothing new: zero
 * stories, not a refusal.
 */
export function parseAtom(root: XmlElement, options: ParseOptions): ItemsRead {
  if (localName(root.name) === 'entry')
    return singleStory(finishArticle(atomEntryDraft(root, `/${root.name}/`, undefined), options));
  const entries = childElements(root, 'entry');
  return readItems(
    entries.map((entry, index) => ({
      index,
      guid: textOf(child(entry, 'id')).trim() || undefined,
      read: () => finishArticle(atomEntryDraft(entry, `/${root.name}/entry[${index + 1}]/`, root), options),
    })),
  );
}

/**
 * id, title, content (else summary), updated (else published): Atom's
 * updated is the version's time, as ninjs versionCreated is. Authors go to
 * the byline; Atom gives them no role. Categories by label, else term.
 */
function atomEntryDraft(entry: XmlElement, at: string, feed: XmlElement | undefined): ArticleDraft {
  const content = child(entry, 'content') ?? child(entry, 'summary');
  const dateField = child(entry, 'updated') ? 'updated' : child(entry, 'published') ? 'published' : 'updated';
  const authors =
    childElements(entry, 'author').length > 0 ? childElements(entry, 'author') : childElements(feed ?? entry, 'author');
  return {
    guid: textOf(child(entry, 'id')),
    headline: { value: atomText(child(entry, 'title')), pointer: `${at}title` },
    body: { ...atomBody(content), pointer: `${at}content` },
    published: { value: textOf(child(entry, dateField)), pointer: `${at}${dateField}`, form: 'iso' },
    undated: { feedDate: feed && feedUpdated(feed) },
    byline: authors
      .map((author) => textOf(child(author, 'name')).trim())
      .filter(Boolean)
      .join(', '),
    tags: childElements(entry, 'category').map(
      (category) => attribute(category, 'label') ?? attribute(category, 'term') ?? '',
    ),
    declaredLanguage: languageOf(content, entry, feed),
  };
}

/** The feed's own updated, which an entry without a date of its own takes. */
function feedUpdated(feed: XmlElement): DraftDate {
  return { value: textOf(child(feed, 'updated')), pointer: `/${feed.name}/updated`, form: 'iso' };
}

/** Atom text constructs: type="text" (default), "html" (escaped) or "xhtml" (an inline div). */
function atomBody(element: XmlElement | undefined): BodySource {
  if (!element) return {};
  // An out-of-line content (src="...") has no text of its own here.
  if (attribute(element, 'src') !== undefined) return {};
  const type = (attribute(element, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type.endsWith('xhtml+xml')) return { html: innerHtml(child(element, 'div') ?? element) };
  if (type === 'html' || type.endsWith('html')) return { html: textOf(element) };
  return { text: textOf(element) };
}

/** A title as plain text, whatever its type. */
function atomText(element: XmlElement | undefined): string {
  const body = atomBody(element);
  return body.html === undefined
    ? (body.text ?? '')
    : normalizeText(paragraphsOfHtml(sanitizeBodyHtml(body.html)).join(' '));
}
