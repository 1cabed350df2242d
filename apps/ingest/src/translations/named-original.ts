import { articleIdFor, articleIdFromUri } from '@news/contracts';

/**
 * What a feed may say about a translation's original, where its format has a
 * place for it (a ninjs association, a NewsML-G2 link): the original's guid
 * in the same feed, or its URL.
 */
export interface TranslationOrigin {
  originalGuid?: string;
  originalUrl?: string;
}

/**
 * The article id of the original a translation names, whether or not it has
 * arrived: our own uri names it directly; a guid or URL is the original's
 * guid in the same feed (RSS and page feeds use the permalink as the guid).
 */
export function namedOriginalId(feed: string, origin: TranslationOrigin): string | null {
  for (const reference of [origin.originalGuid, origin.originalUrl]) {
    const value = reference?.trim();
    if (!value) continue;
    return articleIdFromUri(value) ?? articleIdFor(feed, value);
  }
  return null;
}
