import { BodySource, labelledPlainText } from '../body/story-body';
import { nitfBodyHtml } from '../nitf/nitf.parser';
import { XmlElement, attribute, child, childElements, descendant, localName, textOf } from '../xml/xml-element';
import { innerHtml } from '../xml/xml-to-html';

/** A ContentItem with the Role of the NewsComponent that holds it ("Body", "HeadLine", "Logo"...). */
interface PlacedContent {
  item: XmlElement;
  role?: string;
}

// Components that hold text but not the story: Business Wire sends its
// headline, contacts and style sheet as XHTML or CSS components beside the body.
const NOT_THE_STORY = new Set(['stylesheet', 'headline', 'subheadline', 'contact', 'logo', 'caption', 'byline']);
const TEXT_FORMAT = /nitf|x?html|text|plain/i;

/**
 * The story's body among a NewsItem's ContentItems: the one whose component
 * has the Role "Body", else the first text one not playing another part.
 * DataContent holds NITF, XHTML, bare HTML-like markup (AFP's <p>s), or text.
 */
export function readNewsMl1Body(newsItem: XmlElement): BodySource {
  const texts = contentItems(newsItem).filter(({ item }) => isText(item) && child(item, 'DataContent'));
  const body =
    texts.find(({ role }) => role === 'body') ??
    texts.find(({ role }) => role === undefined || !NOT_THE_STORY.has(role));
  return body ? dataContentBody(child(body.item, 'DataContent')!) : {};
}

/** Every ContentItem under the item's NewsComponents, in document order, with its component's role. */
function contentItems(element: XmlElement, role?: string): PlacedContent[] {
  return childElements(element).flatMap((node) => {
    switch (localName(node.name)) {
      case 'ContentItem':
        return [{ item: node, role }];
      case 'NewsComponent': {
        const own = attribute(child(node, 'Role'), 'FormalName')?.trim().toLowerCase();
        return contentItems(node, own ?? role);
      }
      default:
        return [];
    }
  });
}

/** Text by its MediaType, MimeType or Format (AFP: MediaType "Text", Format "bcNITF2.5"); CSS is not. */
function isText(item: XmlElement): boolean {
  const named = (name: string): string => attribute(child(item, name), 'FormalName') ?? '';
  const mime = named('MimeType').toLowerCase();
  if (mime === 'text/css') return false;
  if (mime !== '') return mime.startsWith('text/') || TEXT_FORMAT.test(mime);
  return named('MediaType').toLowerCase() === 'text' || TEXT_FORMAT.test(named('Format'));
}

function dataContentBody(data: XmlElement): BodySource {
  const nitf = descendant(data, 'nitf');
  if (nitf) return { html: nitfBodyHtml(nitf) ?? '' };
  const body = descendant(data, 'body');
  if (body) return { html: innerHtml(body) };
  if (childElements(data).length > 0) return { html: innerHtml(data, { drop: new Set(['head']) }) };
  return labelledPlainText(textOf(data));
}
