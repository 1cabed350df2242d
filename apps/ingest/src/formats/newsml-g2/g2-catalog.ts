import { XmlElement, attribute, child, childElements } from '../xml/xml-element';
import { splitQcode } from './g2-names';

/**
 * Scheme aliases of the IPTC G2 standards catalog
 * (catalog.IPTC-G2-Standards_NN.xml) that intake resolves. Items reference
 * that catalog by URL, which intake never fetches, so the aliases it needs
 * are written here, exactly as the catalog declares them.
 */
const IPTC_CATALOG: Readonly<Record<string, string>> = {
  ninat: 'http://cv.iptc.org/newscodes/ninature/',
};

const NATURE_OF_NEWS = 'http://cv.iptc.org/newscodes/ninature/';
// The natures that carry text: a story, or a story with its pictures.
const TEXT_NATURES = new Set(['text', 'composite']);

/**
 * A qcode ("icls:text") means what its alias's scheme URI says, and each
 * document names its own aliases: an inline <catalog> of <scheme alias uri>
 * declares them, so one provider's "icls" is another's "ninat". The item's
 * own declarations win over the IPTC catalog's.
 */
export class G2Catalog {
  private constructor(private readonly schemes: ReadonlyMap<string, string>) {}

  /** The IPTC aliases, then those the item's inline catalogs declare. */
  static of(item: XmlElement): G2Catalog {
    const declared = childElements(item, 'catalog').flatMap((catalog) => childElements(catalog, 'scheme'));
    const schemes = new Map(Object.entries(IPTC_CATALOG));
    for (const scheme of declared) {
      const alias = attribute(scheme, 'alias')?.trim().toLowerCase();
      const uri = attribute(scheme, 'uri')?.trim();
      if (alias && uri) schemes.set(alias, uri);
    }
    return new G2Catalog(schemes);
  }

  /** "ninat:text" → "http://cv.iptc.org/newscodes/ninature/text"; undefined for an alias no catalog here names. */
  uriOf(qcode: string): string | undefined {
    const split = splitQcode(qcode);
    const scheme = split && this.schemes.get(split.scheme);
    return split && scheme && `${scheme}${split.code}`;
  }
}

/**
 * Whether a newsItem carries a story: its itemClass (by qcode or uri) is
 * text or composite in IPTC's Nature of News Item scheme. An item with no
 * class is taken as text, as ever. An alias only a remote catalog could
 * resolve (a provider's own, by catalogRef) is judged by its code.
 */
export function isTextItem(item: XmlElement): boolean {
  const itemClass = child(item, 'itemMeta', 'itemClass');
  const qcode = attribute(itemClass, 'qcode');
  const uri = attribute(itemClass, 'uri') ?? (qcode === undefined ? undefined : G2Catalog.of(item).uriOf(qcode));
  if (uri !== undefined)
    return uri.startsWith(NATURE_OF_NEWS) && TEXT_NATURES.has(uri.slice(NATURE_OF_NEWS.length).replace(/\/$/, ''));
  if (qcode === undefined) return true;
  return TEXT_NATURES.has(splitQcode(qcode)?.code.toLowerCase() ?? '');
}
