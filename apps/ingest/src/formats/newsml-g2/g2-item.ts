import { ArticleDraft } from '../rules/article-draft';
import { DraftDate } from '../rules/draft-date';
import { XmlElement, attribute, child, children, languageOf, textOf } from '../xml/xml-element';
import { readG2Content } from './g2-content';
import { conceptName } from './g2-names';
import { readG2People } from './g2-people';
import { readG2Subjects } from './g2-subjects';

/**
 * One NewsML-G2 newsItem → the story's facts. `at` prefixes pointers when
 * the item is one of several in a newsMessage ("newsItem[2]/").
 */
export function g2ItemDraft(item: XmlElement, at = ''): ArticleDraft {
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const language = attribute(child(contentMeta, 'language'), 'tag') ?? languageOf(item);
  const located = child(contentMeta, 'located');
  return {
    guid: attribute(item, 'guid'),
    headline: { value: headlineOf(itemMeta, contentMeta), pointer: `${at}contentMeta/headline` },
    body: { ...readG2Content(child(item, 'contentSet')), pointer: `${at}contentSet` },
    published: versionDate(itemMeta, contentMeta, at),
    ...readG2People(contentMeta, language),
    ...readG2Subjects(contentMeta, language),
    datelinePlace: located && conceptName(located, language),
    declaredLanguage: language,
  };
}

/**
 * The places G2 gives a story a name, best first: contentMeta's headline,
 * itemMeta's title (mandatory in G2 2.x, so often the only one a sparse
 * feed fills), then the slugline.
 */
function headlineOf(itemMeta: XmlElement | undefined, contentMeta: XmlElement | undefined): string | undefined {
  return [mainHeadline(contentMeta), textOf(child(itemMeta, 'title')), textOf(child(contentMeta, 'slugline'))].find(
    (text) => text.trim() !== '',
  );
}

/** The headline without a role or with a main role; else the first. */
function mainHeadline(contentMeta: XmlElement | undefined): string {
  const headlines = children(contentMeta, 'headline');
  const main = headlines.find((headline) => /(^|:)main$/.test(attribute(headline, 'role') ?? 'main'));
  return textOf(main ?? headlines[0]);
}

/** versionCreated is mandatory in G2; firstCreated and contentCreated stand in for sloppy feeds. */
function versionDate(itemMeta: XmlElement | undefined, contentMeta: XmlElement | undefined, at: string): DraftDate {
  const candidates: Array<[string, XmlElement | undefined]> = [
    ['itemMeta/versionCreated', child(itemMeta, 'versionCreated')],
    ['itemMeta/firstCreated', child(itemMeta, 'firstCreated')],
    ['contentMeta/contentCreated', child(contentMeta, 'contentCreated')],
  ];
  const [pointer, element] = candidates.find(([, found]) => found !== undefined) ?? candidates[0];
  return { value: textOf(element), pointer: `${at}${pointer}`, form: 'iso' };
}
