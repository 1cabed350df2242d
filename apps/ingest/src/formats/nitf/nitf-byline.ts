import { Credit } from '@news/contracts';
import { normalizeText } from '@news/text';
import { creditRoleOfTitle } from '../rules/credit-roles';
import { XmlElement, XmlNode, childElements, isElement, localName, textOf } from '../xml/xml-element';

export interface NitfByline {
  /** "By BERNARD CONDON, AP Business Writer": the names, then the title. */
  byline: string;
  credits: Credit[];
}

const BY_PREFIX = /^by\s+/i;
const NAME_SEPARATOR = /\s*(?:,|&|\band\b)\s*/i;

/**
 * A NITF <byline>: names (in <person> or as text) and a job title (<byttl>).
 * The title's last word gives the role ("Business Writer" → writer,
 * "Correspondent" → reporter); with no title we credit nobody, as the
 * byline alone does not say who wrote and who reported.
 */
export function readNitfByline(byline: XmlElement): NitfByline {
  const title = normalizeText(childElements(byline, 'byttl').map(textOf).join(' '));
  const names = normalizeText(byline.children.map(nameText).join(''));
  const printed = title === '' ? names : `${names.replace(/,$/, '')}, ${title}`;
  const role = creditRoleOfTitle(title);
  if (!role) return { byline: printed, credits: [] };
  const people = childElements(byline, 'person').map((person) => normalizeText(textOf(person)));
  const credited = people.length > 0 ? people : names.replace(BY_PREFIX, '').split(NAME_SEPARATOR);
  return { byline: printed, credits: credited.filter((name) => name !== '').map((name) => ({ name, role })) };
}

/** Byline text without the title, which is read on its own. */
function nameText(node: XmlNode): string {
  if (!isElement(node)) return node;
  return localName(node.name) === 'byttl' ? ' ' : textOf(node);
}
