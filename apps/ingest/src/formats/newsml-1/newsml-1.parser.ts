import { ItemsRead, readItems } from '../document-items';
import { IntakeError } from '../intake-error';
import { ParseOptions } from '../parse-options';
import { ArticleDraft, finishArticle } from '../rules/article-draft';
import { DraftDate } from '../rules/draft-date';
import { XmlElement, attribute, child, childElements, descendant, localName, textOf } from '../xml/xml-element';
import { readNewsMl1Body } from './newsml-1-content';

/**
 * A NewsML 1.x document (root <NewsML>, as AFP and Business Wire still
 * send) → one story per NewsItem, a bad one refused on its own as in the
 * other multi-item formats.
 */
export function parseNewsMl1(root: XmlElement, options: ParseOptions): ItemsRead {
  if (localName(root.name) !== 'NewsML')
    throw new IntakeError(
      'UNKNOWN_FORMAT',
      `a NewsML 1 document has the root <NewsML>, not <${root.name}>`,
      'root element',
    );
  const items = childElements(root, 'NewsItem');
  if (items.length === 0) throw new IntakeError('UNUSABLE', 'the NewsML document has no NewsItem', '/NewsML/NewsItem');
  return readItems(
    items.map((item, index) => ({
      index,
      guid: newsItemGuid(item),
      read: () => finishArticle(newsItemDraft(item, `/${root.name}/NewsItem[${index + 1}]/`), options),
    })),
  );
}

/**
 * Identification/NewsIdentifier/PublicIdentifier is the guid; the first
 * NewsLines/HeadLine the headline; NewsManagement/ThisRevisionCreated
 * (else FirstCreated) the version's time; the first
 * DescriptiveMetadata/Language the declared language.
 */
function newsItemDraft(item: XmlElement, at: string): ArticleDraft {
  const byline = childElementsDeep(item, 'ByLine')
    .map(textOf)
    .find((text) => text.trim() !== '');
  return {
    guid: newsItemGuid(item),
    headline: { value: textOf(descendant(item, 'HeadLine')), pointer: `${at}NewsComponent/NewsLines/HeadLine` },
    body: { ...readNewsMl1Body(item), pointer: `${at}NewsComponent/ContentItem/DataContent` },
    published: revisionDate(item, at),
    byline,
    declaredLanguage: attribute(descendant(item, 'Language'), 'FormalName')?.trim() || undefined,
  };
}

/** PublicIdentifier (a urn:newsml: URN), else ProviderId:DateId:NewsItemId. */
function newsItemGuid(item: XmlElement): string | undefined {
  const identifier = child(item, 'Identification', 'NewsIdentifier');
  const urn = textOf(child(identifier, 'PublicIdentifier')).trim();
  if (urn) return urn;
  const parts = ['ProviderId', 'DateId', 'NewsItemId'].map((name) => textOf(child(identifier, name)).trim());
  return parts.every(Boolean) ? parts.join(':') : undefined;
}

function revisionDate(item: XmlElement, at: string): DraftDate {
  const management = child(item, 'NewsManagement');
  const name = textOf(child(management, 'ThisRevisionCreated')).trim() ? 'ThisRevisionCreated' : 'FirstCreated';
  return { value: textOf(child(management, name)), pointer: `${at}NewsManagement/${name}`, form: 'iso' };
}

/** Elements of that local name at any depth, in document order. */
function childElementsDeep(element: XmlElement, name: string): XmlElement[] {
  return childElements(element).flatMap((node) => [
    ...(localName(node.name) === name ? [node] : []),
    ...childElementsDeep(node, name),
  ]);
}
