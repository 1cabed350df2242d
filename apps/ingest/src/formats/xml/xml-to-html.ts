import { escapeHtml } from '@news/text';
import { XmlElement, XmlNode, isElement, localName } from './xml-element';

/** How a format's own body markup maps onto HTML before sanitising. */
export interface HtmlMapping {
  /** Local names to rename, e.g. NITF hl2 → h2. */
  rename?: Readonly<Record<string, string>>;
  /** Local names dropped with everything inside (captions, notes, media). */
  drop?: ReadonlySet<string>;
}

// Written without a closing tag: an HTML parser reads "</br>" as a second <br>.
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr', 'col', 'area', 'source', 'track', 'embed']);

/**
 * The markup inside an element (XHTML, NITF body.content, Atom xhtml) as an
 * HTML string for the sanitiser. Prefixes and namespace declarations go;
 * text is re-escaped, since the XML parser decoded it.
 */
export function innerHtml(element: XmlElement, mapping: HtmlMapping = {}): string {
  return element.children.map((node) => nodeHtml(node, mapping)).join('');
}

function nodeHtml(node: XmlNode, mapping: HtmlMapping): string {
  if (!isElement(node)) return escapeHtml(node);
  const local = localName(node.name);
  if (mapping.drop?.has(local)) return '';
  const name = mapping.rename?.[local] ?? local;
  const attributes = Object.entries(node.attributes)
    .filter(([key]) => key !== 'xmlns' && !key.startsWith('xmlns:'))
    .map(([key, value]) => ` ${localName(key)}="${escapeHtml(value)}"`)
    .join('');
  if (VOID_ELEMENTS.has(name)) return `<${name}${attributes}>`;
  return `<${name}${attributes}>${innerHtml(node, mapping)}</${name}>`;
}
