/**
 * An XML element with its children in document order. Mixed content (a <p>
 * with an <em> inside) keeps its order, which bodies need and a plain
 * name→value object loses.
 */
export interface XmlElement {
  /** The qualified name as written, e.g. "newsItem" or "dc:creator". */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

/**
 * "dc:creator" → "creator". Formats are matched by local name: the feeds we
 * read use their namespaces' usual prefixes or none, and a prefixed G2 item
 * (<nar:newsItem>) is still a newsItem.
 */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

/** Child elements with the given local name (all child elements without one). */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (node): node is XmlElement => isElement(node) && (name === undefined || localName(node.name) === name),
  );
}

/** The first element down a path of local names: child(item, 'contentMeta', 'headline'). */
export function child(element: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  let current = element;
  for (const name of path) {
    current = current && childElements(current, name)[0];
  }
  return current;
}

/** Every element matching the last step of the path, under the first match of the others. */
export function children(element: XmlElement | undefined, ...path: string[]): XmlElement[] {
  const parent = child(element, ...path.slice(0, -1));
  return parent ? childElements(parent, path[path.length - 1]) : [];
}

/** All text inside the element, in order, not normalised. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  return element.children.map((node) => (isElement(node) ? textOf(node) : node)).join('');
}

/** An attribute by local name ("lang" finds xml:lang). */
export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const key = Object.keys(element.attributes).find((key) => key === name || localName(key) === name);
  return key === undefined ? undefined : element.attributes[key];
}

/** The nearest xml:lang (or NITF/HTML lang) on the element or its given ancestors. */
export function languageOf(...elements: Array<XmlElement | undefined>): string | undefined {
  return elements.map((element) => attribute(element, 'lang')).find((lang) => lang !== undefined && lang.trim() !== '');
}

/** The first element with the local name at any depth below, in document order. */
export function descendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const node of childElements(element)) {
    if (localName(node.name) === name) return node;
    const found = descendant(node, name);
    if (found) return found;
  }
  return undefined;
}
