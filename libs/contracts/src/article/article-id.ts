import { createHash } from 'node:crypto';

/**
 * A stable article id from the feed and the feed's own id for the story, so a
 * re-post and every later version of one story share the id (and therefore
 * the Kafka partition, which keeps one article's versions in order).
 */
export function articleIdFor(feed: string, guid: string): string {
  return createHash('sha256').update(`${feed}\u0000${guid}`).digest('hex').slice(0, 32);
}

export function articleUri(articleId: string): string {
  return `urn:newsroom:article:${articleId}`;
}

/** What an article id looks like (32 lowercase hex digits); anything else names no article. */
export const ARTICLE_ID_PATTERN = /^[0-9a-f]{32}$/;

export function isArticleId(value: string): boolean {
  return ARTICLE_ID_PATTERN.test(value);
}

const ARTICLE_URI = /^urn:newsroom:article:([0-9a-f]{32})$/;

/** The id an article uri names (`urn:newsroom:article:<id>`), or undefined for any other uri. */
export function articleIdFromUri(uri: string): string | undefined {
  return ARTICLE_URI.exec(uri)?.[1];
}
