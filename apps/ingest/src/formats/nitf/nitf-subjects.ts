import { XmlElement, attribute, children } from '../xml/xml-element';

export interface NitfSubjects {
  category?: { code: string; label: string };
  tags: string[];
}

/**
 * head/tobject/tobject.subject: the first subject's type (IPTC's top level,
 * "Economy, Business and Finance") is the category, coded by its subject
 * code or reference number; matters and details, other subjects' types and
 * the docdata key-list keywords are tags.
 */
export function readNitfSubjects(head: XmlElement | undefined): NitfSubjects {
  const subjects = children(head, 'tobject', 'tobject.subject');
  const typed = subjects.find((subject) => attribute(subject, 'tobject.subject.type'));
  const label = attribute(typed, 'tobject.subject.type');
  const code = attribute(typed, 'tobject.subject.code') ?? attribute(typed, 'tobject.subject.refnum') ?? label;
  const tags = subjects.flatMap((subject) => [
    subject === typed ? undefined : attribute(subject, 'tobject.subject.type'),
    attribute(subject, 'tobject.subject.matter'),
    attribute(subject, 'tobject.subject.detail'),
  ]);
  const keywords = children(head, 'docdata', 'key-list', 'keyword').map((keyword) => attribute(keyword, 'key'));
  return {
    category: label && code ? { code, label } : undefined,
    tags: [...tags, ...keywords].filter((tag): tag is string => tag !== undefined),
  };
}
