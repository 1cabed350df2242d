import { IntakeError } from '../intake-error';
import { ParseOptions } from '../parse-options';
import { ParsedArticle } from '../parsed-article';
import { finishArticle } from '../rules/article-draft';
import { XmlElement, attribute, child, children, localName } from '../xml/xml-element';
import { g2ItemDraft } from './g2-item';

// Item classes that carry a story; a picture or video item in the same
// message has no text to ingest and is left out rather than refused.
const TEXT_CLASSES = new Set(['ninat:text', 'ninat:composite']);

/** A NewsML-G2 newsItem (one story) or newsMessage (one per text newsItem in its itemSet). */
export function parseNewsMlG2(root: XmlElement, options: ParseOptions): ParsedArticle[] {
  switch (localName(root.name)) {
    case 'newsItem':
      return [finishArticle(g2ItemDraft(root), options)];
    case 'newsMessage':
      return messageItems(root).map(({ item, position }) =>
        finishArticle(g2ItemDraft(item, `newsItem[${position}]/`), options),
      );
    default:
      throw new IntakeError(
        'UNKNOWN_FORMAT',
        `a NewsML-G2 document has the root <newsItem> or <newsMessage>, not <${root.name}>`,
        'root element',
      );
  }
}

/** Text items with their 1-based position among the message's newsItems, for pointers. */
function messageItems(message: XmlElement): Array<{ item: XmlElement; position: number }> {
  const items = children(message, 'itemSet', 'newsItem').map((item, i) => ({ item, position: i + 1 }));
  const stories = items.filter(({ item }) => isText(item));
  if (stories.length === 0)
    throw new IntakeError('UNUSABLE', 'the newsMessage has no text newsItem in its itemSet', 'itemSet');
  return stories;
}

function isText(item: XmlElement): boolean {
  const itemClass = attribute(child(item, 'itemMeta', 'itemClass'), 'qcode');
  return itemClass === undefined || TEXT_CLASSES.has(itemClass);
}
