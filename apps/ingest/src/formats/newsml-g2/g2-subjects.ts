import { XmlElement, attribute, children } from '../xml/xml-element';
import { conceptName, splitQcode } from './g2-names';

// Schemes a feed uses for its own sections; a subject coded in one is the
// category ("cat:military"), every other subject a tag.
const CATEGORY_SCHEMES = new Set(['cat', 'category']);

export interface G2Subjects {
  category?: { code: string; label: string };
  tags: string[];
}

export function readG2Subjects(contentMeta: XmlElement | undefined, language: string | undefined): G2Subjects {
  const subjects = children(contentMeta, 'subject');
  const marked = subjects.find(isCategory);
  const code = splitQcode(attribute(marked, 'qcode'))?.code;
  const category = marked && code ? { code, label: conceptName(marked, language) ?? code } : undefined;
  const tags = subjects
    .filter((subject) => subject !== marked)
    .flatMap((subject) => conceptName(subject, language) ?? attribute(subject, 'qcode') ?? []);
  return { category, tags };
}

function isCategory(subject: XmlElement): boolean {
  const scheme = splitQcode(attribute(subject, 'qcode'))?.scheme;
  return (scheme !== undefined && CATEGORY_SCHEMES.has(scheme)) || /category$/i.test(attribute(subject, 'rel') ?? '');
}
