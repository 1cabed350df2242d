import { Credit } from '@news/contracts';
import { creditRoleOf } from '../rules/credit-roles';
import { XmlElement, attribute, child, children, textOf } from '../xml/xml-element';
import { conceptName } from './g2-names';

export interface G2People {
  credits: Credit[];
  byline?: string;
}

/**
 * contentMeta creator/contributor. A role attribute may list several qcodes
 * ("crol:author crol:photographer"); the first we know (crol:author →
 * writer, crol:editor, crol:translator...) credits the person. People with
 * no known role are credited nowhere but the byline, which is contentMeta's
 * own <by> when it has one, else the names in document order.
 */
export function readG2People(contentMeta: XmlElement | undefined, language: string | undefined): G2People {
  const people = [...children(contentMeta, 'creator'), ...children(contentMeta, 'contributor')];
  const named = people.flatMap((person) => {
    const name = conceptName(person, language);
    return name ? [{ name, role: roleOf(person) }] : [];
  });
  const credits = named.flatMap(({ name, role }) => (role ? [{ name, role }] : []));
  const printedBy = textOf(child(contentMeta, 'by')).trim();
  const byline = printedBy || named.map((person) => person.name).join(', ');
  return { credits, byline: byline || undefined };
}

function roleOf(person: XmlElement): Credit['role'] | undefined {
  const roles = (attribute(person, 'role') ?? '').split(/\s+/);
  return roles.map(creditRoleOf).find((role) => role !== undefined);
}
