import { XmlElement, attribute, childElements, textOf } from '../xml/xml-element';

/**
 * The name of a G2 concept (subject, creator, located) in the item's
 * language when it gives several ("labour market" / "Arbeitsmarkt"), else
 * its first name, else its literal.
 */
export function conceptName(concept: XmlElement, language: string | undefined): string | undefined {
  const names = childElements(concept, 'name');
  const primary = language?.split('-')[0].toLowerCase();
  const inLanguage = names.find((name) => attribute(name, 'lang')?.split('-')[0].toLowerCase() === primary);
  const name = textOf(inLanguage ?? names[0]).trim();
  return name || attribute(concept, 'literal');
}

/** "medtop:04000000" → { scheme: "medtop", code: "04000000" }. */
export function splitQcode(qcode: string | undefined): { scheme: string; code: string } | undefined {
  const colon = qcode?.indexOf(':') ?? -1;
  if (!qcode || colon < 1) return undefined;
  return { scheme: qcode.slice(0, colon).toLowerCase(), code: qcode.slice(colon + 1) };
}
