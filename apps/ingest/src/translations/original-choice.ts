/**
 * Which original a translation is a language version of, when the feed did
 * not say: SMART publishes a translation with the publish time of its Arabic
 * original, so the original is the feed's own article in the source language
 * published at the same time, give or take LINK_WINDOW_MS. Plain functions.
 */
export const LINK_WINDOW_MS = 2 * 60_000;

export interface TranslationFacts {
  articleId: string;
  feed: string;
  /** The translation's own language. */
  language: string;
  /** The language it was translated from. */
  translatedFrom: string;
  publishedAt: Date;
}

export interface OriginalCandidate {
  articleId: string;
  feed: string;
  language: string;
  publishedAt: Date;
  /** Set when the candidate is itself a translation: a translation is never an original. */
  translatedFrom: string | null;
  /** Set when the candidate was stored as a duplicate: it is not published, so nothing links to it. */
  duplicateOf: string | null;
  /** Languages the candidate already has a linked translation in. */
  translatedInto: readonly string[];
}

/**
 * The feed's own article in the source language, not a translation, not a
 * duplicate, not yet translated into this language, published within the
 * window; the nearest in time. Two equally near candidates are a guess, not a
 * match, so the answer is then no original at all.
 */
export function chooseOriginal(
  translation: TranslationFacts,
  candidates: readonly OriginalCandidate[],
): OriginalCandidate | null {
  const eligible = candidates
    .filter(
      (c) =>
        c.articleId !== translation.articleId &&
        c.feed === translation.feed &&
        c.language === translation.translatedFrom &&
        c.translatedFrom === null &&
        c.duplicateOf === null &&
        !c.translatedInto.includes(translation.language),
    )
    .map((c) => ({ candidate: c, gap: Math.abs(c.publishedAt.getTime() - translation.publishedAt.getTime()) }))
    .filter(({ gap }) => gap <= LINK_WINDOW_MS)
    .sort((a, b) => a.gap - b.gap);
  if (eligible.length === 0) return null;
  if (eligible.length > 1 && eligible[1].gap === eligible[0].gap) return null;
  return eligible[0].candidate;
}
