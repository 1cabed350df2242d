import { DocumentItem, ItemsRead, readItems, singleStory } from '../document-items';
import { IntakeError } from '../intake-error';
import { ParseOptions } from '../parse-options';
import { finishArticle } from '../rules/article-draft';
import { XmlElement, attribute, child, childElements, localName } from '../xml/xml-element';
import { isTextItem } from './g2-catalog';
import { g2ItemDraft } from './g2-item';

/**
 * A NewsML-G2 newsItem (one story) or newsMessage (one per text newsItem in
 * its itemSet, a bad one refused on its own). A picture or video item in the
 * same message has no text to ingest and is left out rather than refused.
 */
export function parseNewsMlG2(root: XmlElement, options: ParseOptions): ItemsRead {
  switch (localName(root.name)) {
    case 'newsItem':
      return singleStory(finishArticle(g2ItemDraft(root), options));
    case 'newsMessage':
      return readItems(messageItems(root, options));
    default:
      throw new IntakeError(
        'UNKNOWN_FORMAT',
        `a NewsML-G2 document has the root <newsItem> or <newsMessage>, not <${root.name}>`,
        'root element',
      );
  }
}

/** The text items, indexed by their position among all the message's newsItems, as pointers count them. */
function messageItems(message: XmlElement, options: ParseOptions): DocumentItem[] {
  const itemSet = child(message, 'itemSet');
  const setPath = `/${message.name}/${itemSet?.name ?? 'itemSet'}`;
  const stories = (itemSet ? childElements(itemSet, 'newsItem') : [])
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => isTextItem(item));
  if (stories.length === 0)
    throw new IntakeError('UNUSABLE', 'the newsMessage has no text newsItem in its itemSet', setPath);
  return stories.map(({ item, index }) => ({
    index,
    guid: attribute(item, 'guid'),
    read: () => finishArticle(g2ItemDraft(item, `${setPath}/newsItem[${index + 1}]/`), options),
  }));
}
