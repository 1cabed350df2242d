import { createHash } from 'node:crypto';
import { Article, Credit, InfoSource, articleIdFor, articleUri } from '@news/contracts';
import { GlossaryTerm, TermMatcher, glossaryLanguageOf } from '@news/glossary';
import { countWords, paragraphsHtml } from '@news/text';

export interface TranslationOutputInput {
  /** The original as the desk last received it. */
  original: Article;
  targetLanguage: string;
  headline: string;
  paragraphs: readonly string[];
  /** Display names, credited exactly as given. */
  translatorName: string;
  translationEditorName: string;
  /** 1 for the first approval; each later approval (or kill) is the next. */
  version: number;
  firstCreated: Date;
  now: Date;
  glossary: readonly GlossaryTerm[];
}

/** The translation's own article id: the same for every version, derived from the original's and the language. */
export function translationArticleId(originalArticleId: string, targetLanguage: string): string {
  return articleIdFor('translation-desk', `${originalArticleId}:${targetLanguage}`);
}

/** A stable event id per translation version, so a relay that sends twice has one effect downstream. */
export function translationEventId(translationId: string, version: number): string {
  const hex = createHash('sha256').update(`${translationId}.v${version}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** People credited on the original for making it: they stay credited on its translation. */
const ORIGINAL_ROLES: ReadonlySet<string> = new Set(['writer', 'reporter', 'editor']);

/**
 * The approved translation as an article of its own: its own id, the target
 * language, linked to its original (`newsroom.translation.originalUri`), and
 * credited by role: the original's editor (and writer or reporter, where the
 * original names one), the translator and the translation editor, each name
 * exactly as given.
 */
export function buildTranslationArticle(input: TranslationOutputInput): Article {
  const { original } = input;
  const articleId = translationArticleId(original.newsroom.articleId, input.targetLanguage);
  const text = input.paragraphs.join('\n\n');
  const credits: Credit[] = [
    ...original.newsroom.credits.filter((c) => ORIGINAL_ROLES.has(c.role)),
    { name: input.translatorName, role: 'translator' },
    { name: input.translationEditorName, role: 'translation-editor' },
  ];
  const agencies = (original.infoSources ?? []).filter((s) => s.role === 'agency');
  const dateline = translatedDateline(original, input.targetLanguage, input.glossary);
  return {
    uri: articleUri(articleId),
    type: 'text',
    version: String(input.version),
    language: input.targetLanguage,
    headlines: [{ role: 'main', contentType: 'text/plain', value: input.headline }],
    bodies: [
      { role: 'text', contentType: 'text/plain', value: text, charCount: text.length, wordCount: countWords(text) },
      {
        role: 'text',
        contentType: 'text/html',
        value: paragraphsHtml(input.paragraphs),
      },
    ],
    ...(dateline ? { located: dateline.place } : {}),
    firstCreated: input.firstCreated.toISOString(),
    versionCreated: input.now.toISOString(),
    pubStatus: 'usable',
    ...(original.subjects ? { subjects: original.subjects } : {}),
    infoSources: [...credits.map((c): InfoSource => ({ name: c.name, role: c.role })), ...agencies],
    altIds: [{ role: 'translation-of', value: original.uri }],
    standard: original.standard,
    newsroom: {
      articleId,
      source: { feed: 'translation-desk', guid: `${original.newsroom.articleId}:${input.targetLanguage}` },
      ...(dateline ? { dateline } : {}),
      credits,
      translation: { fromLanguage: original.language, originalUri: original.uri },
    },
  };
}

/** The next version of a published translation with the original's new status: a kill (canceled) or withheld. */
export function translationWithStatus(
  published: Article,
  pubStatus: Article['pubStatus'],
  version: number,
  now: Date,
): Article {
  return { ...published, version: String(version), pubStatus, versionCreated: now.toISOString() };
}

/** The dateline's place (and agency) in the target language, when the glossary knows them; else none. */
function translatedDateline(
  original: Article,
  targetLanguage: string,
  glossary: readonly GlossaryTerm[],
): NonNullable<Article['newsroom']['dateline']> | null {
  const from = glossaryLanguageOf(original.language);
  const to = glossaryLanguageOf(targetLanguage);
  const place = original.newsroom.dateline?.place ?? original.located;
  if (!from || !to || !place) return null;
  const matcher = new TermMatcher(glossary, from);
  const render = (text: string) => {
    const [term] = matcher.termsIn(text);
    return term ? term[to].preferred : null;
  };
  const translatedPlace = render(place);
  if (!translatedPlace) return null;
  const agency = original.newsroom.dateline?.agency;
  const translatedAgency = agency ? render(agency) : null;
  const separator = to === 'ar' ? '، ' : ', ';
  return {
    place: translatedPlace,
    ...(translatedAgency ? { agency: translatedAgency } : {}),
    text: translatedAgency ? `${translatedPlace}${separator}${translatedAgency}` : translatedPlace,
  };
}
