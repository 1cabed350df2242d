import { IntakeError } from '../intake-error';
import { ParseOptions } from '../parse-options';
import { ParsedArticle } from '../parsed-article';
import { ArticleDraft, finishArticle } from '../rules/article-draft';
import { DraftDate } from '../rules/draft-date';
import {
  XmlElement,
  attribute,
  child,
  childElements,
  isElement,
  languageOf,
  localName,
  textOf,
} from '../xml/xml-element';
import { innerHtml } from '../xml/xml-to-html';
import { readNitfByline } from './nitf-byline';
import { readNitfSubjects } from './nitf-subjects';

// NITF's own body markup in HTML terms. Media, notes and footnotes are not
// story text: their captions would otherwise run into the paragraphs.
const BODY_MAPPING = {
  rename: { hl1: 'h2', hl2: 'h3', bq: 'blockquote', block: 'div' },
  drop: new Set(['media', 'note', 'fn', 'body.end']),
};

/** A NITF 3.x document (root <nitf>) → one story. */
export function parseNitf(root: XmlElement, options: ParseOptions): ParsedArticle {
  if (localName(root.name) !== 'nitf')
    throw new IntakeError('UNKNOWN_FORMAT', `a NITF document has the root <nitf>, not <${root.name}>`, 'root element');
  return finishArticle(nitfDraft(root), options);
}

/** The story in a <nitf> element; G2 items carry one inside inlineXML too. */
export function nitfDraft(nitf: XmlElement): ArticleDraft {
  const head = child(nitf, 'head');
  const bodyHead = child(nitf, 'body', 'body.head');
  const bylines = childElements(bodyHead ?? nitf, 'byline').map(readNitfByline);
  return {
    guid: attribute(child(head, 'docdata', 'doc-id'), 'id-string'),
    headline: { value: textOf(child(bodyHead, 'hedline', 'hl1')), pointer: 'hedline' },
    body: { html: nitfBodyHtml(nitf), pointer: 'body.content' },
    published: issueDate(head),
    credits: bylines.flatMap((byline) => byline.credits),
    byline: bylines.map((byline) => byline.byline).join(' | '),
    ...readNitfSubjects(head),
    datelinePlace: datelinePlace(child(bodyHead, 'dateline')),
    declaredLanguage: nitfLanguage(nitf),
  };
}

/**
 * The language the document declares: xml:lang (or lang) on the root or the
 * body; else the root's baselang, NITF's own attribute for it ("en-US",
 * "nb-NO"), which real NITF feeds use far more often.
 */
function nitfLanguage(nitf: XmlElement): string | undefined {
  const declared = languageOf(nitf, child(nitf, 'body'), child(nitf, 'body', 'body.content'));
  return declared ?? (attribute(nitf, 'baselang')?.trim() || undefined);
}

/** body.content as HTML for the sanitiser; undefined when the document has none. */
export function nitfBodyHtml(nitf: XmlElement): string | undefined {
  const content = child(nitf, 'body', 'body.content');
  return content && innerHtml(content, BODY_MAPPING);
}

/** date.issue is when the story was issued; older feeds fill only pubdata or date.release. */
function issueDate(head: XmlElement | undefined): DraftDate {
  const candidates: Array<[string, string | undefined]> = [
    ['date.issue', attribute(child(head, 'docdata', 'date.issue'), 'norm')],
    ['pubdata', attribute(child(head, 'pubdata'), 'date.publication')],
    ['date.release', attribute(child(head, 'docdata', 'date.release'), 'norm')],
  ];
  const [pointer, value] = candidates.find(([, found]) => found !== undefined) ?? candidates[0];
  return { value, pointer, form: 'iso' };
}

/**
 * <dateline><location>NEW YORK</location></dateline>; a location of parts
 * (<city>, <country>) joined with commas; else the dateline's own text
 * without its <story.date>.
 */
function datelinePlace(dateline: XmlElement | undefined): string | undefined {
  const location = child(dateline, 'location');
  if (location) {
    const parts = childElements(location);
    return parts.length > 0 ? parts.map(textOf).join(', ') : textOf(location);
  }
  if (!dateline) return undefined;
  const undated = dateline.children.filter((node) => !isElement(node) || localName(node.name) !== 'story.date');
  return textOf({ ...dateline, children: undated });
}
