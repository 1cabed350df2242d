import { createHash } from 'node:crypto';
import { Article, InfoSource, NEWSROOM_SCHEMA_ID, Subject, articleIdFor, articleUri } from '@news/contracts';
import { countWords, paragraphsHtml } from '@news/text';
import { ParsedArticle } from '../formats/parsed-article';

export interface ArticleIdentity {
  feed: string;
  guid: string;
  articleId: string;
}

/** The feed's guid, or a fingerprint of the story where the feed gives none. */
export function identify(feed: string, parsed: ParsedArticle): ArticleIdentity {
  const guid = parsed.guid ?? `sha256:${sha256(`${parsed.headline}\n${printedDate(parsed)}`).slice(0, 32)}`;
  return { feed, guid, articleId: articleIdFor(feed, guid) };
}

/** What makes a new version: any change to headline, text or the publish time the item printed. */
export function contentHash(parsed: ParsedArticle): string {
  return sha256(JSON.stringify([parsed.headline, parsed.paragraphs, printedDate(parsed)]));
}

/**
 * The publish time when the item printed it. An undated item's date (its
 * feed's, or the time received) moves each time the feed is fetched, so it
 * neither names the story nor makes a new version of it.
 */
function printedDate(parsed: ParsedArticle): string {
  const source = parsed.intakeNotes?.dateSource;
  return source === 'feed' || source === 'received' ? '' : parsed.publishedAt;
}

/** The text an article's fingerprint is made from: headline and body, as readers see them. */
export function fingerprintText(parsed: ParsedArticle): string {
  return [parsed.headline, ...parsed.paragraphs].join('\n');
}

/**
 * The ninjs 3.1 item for one version of a parsed article; `originalUri` is
 * the original's uri when the article is a translation linked to it.
 */
export function buildArticle(
  parsed: ParsedArticle,
  identity: ArticleIdentity,
  version: number,
  firstCreated: string,
  originalUri?: string,
): Article {
  const text = parsed.paragraphs.join('\n\n');
  return {
    uri: articleUri(identity.articleId),
    type: 'text',
    version: String(version),
    language: parsed.language,
    headlines: [{ role: 'main', contentType: 'text/plain', value: parsed.headline }],
    bodies: [
      { role: 'text', contentType: 'text/plain', value: text, charCount: text.length, wordCount: countWords(text) },
      // The feed's own HTML, sanitised at intake, where it sent some; else the paragraphs as HTML.
      {
        role: 'text',
        contentType: 'text/html',
        value: parsed.html ?? paragraphsHtml(parsed.paragraphs),
      },
    ],
    ...(parsed.byline ? { by: parsed.byline } : {}),
    ...(parsed.dateline ? { located: parsed.dateline.place } : {}),
    firstCreated,
    versionCreated: parsed.publishedAt,
    pubStatus: 'usable',
    subjects: subjectsOf(parsed),
    infoSources: infoSourcesOf(parsed),
    altIds: [{ role: 'feed-guid', value: identity.guid }],
    standard: { name: 'ninjs', version: '3.1', schema: NEWSROOM_SCHEMA_ID },
    newsroom: {
      articleId: identity.articleId,
      source: { feed: identity.feed, guid: identity.guid },
      ...(parsed.dateline ? { dateline: parsed.dateline } : {}),
      credits: parsed.credits,
      ...(parsed.translatedFrom
        ? { translation: { fromLanguage: parsed.translatedFrom, ...(originalUri ? { originalUri } : {}) } }
        : {}),
      links: parsed.links,
      ...(parsed.intakeNotes ? { intake: parsed.intakeNotes } : {}),
    },
  };
}

/** The next version of a stored translation, now linked to its original; nothing else changes. */
export function withOriginal(article: Article, version: number, originalUri: string): Article {
  const translation = article.newsroom.translation;
  if (!translation) throw new Error(`article ${article.newsroom.articleId} is not a translation`);
  return {
    ...article,
    version: String(version),
    newsroom: { ...article.newsroom, translation: { ...translation, originalUri } },
  };
}

function subjectsOf(parsed: ParsedArticle): Subject[] {
  const category: Subject[] = parsed.category
    ? [
        {
          name: parsed.category.label,
          literal: parsed.category.code,
          rel: 'category',
          uri: `urn:newsroom:category:${parsed.category.code}`,
        },
      ]
    : [];
  return [...category, ...parsed.tags.map((tag) => ({ name: tag, rel: 'tag' }))];
}

function infoSourcesOf(parsed: ParsedArticle): InfoSource[] {
  const people = parsed.credits.map((c) => ({ name: c.name, role: c.role }));
  const agency = parsed.dateline?.agency ? [{ name: parsed.dateline.agency, role: 'agency' }] : [];
  return [...people, ...agency];
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
