import { hammingDistance } from './simhash';

/**
 * The most bits two fingerprints may differ by and still be found by the
 * four-band index (see simhashBands): a larger threshold would need more,
 * narrower bands.
 */
export const MAX_INDEXED_DISTANCE = 3;

/**
 * Below this many shingles a text is too short for "nearly the same" to mean
 * "the same story" ("Shelling hits Douma" and "Shelling hits Idlib" are two
 * stories), so a short text is a duplicate only when its fingerprint is equal.
 */
export const MIN_SHINGLES_FOR_NEAR_MATCH = 30;

/** A stored fingerprint that shares a band with the new one. */
export interface FingerprintCandidate {
  articleId: string;
  simhash: bigint;
  shingles: number;
  /** The article it stands for: itself, or the original it was stored as a duplicate of. */
  rootId: string;
  rootFeed: string;
  /** The priority of the original's feed (Feed.priority; 0 for a feed not registered). */
  rootPriority: number;
  rootReceivedAt: Date;
}

export interface DuplicateMatch {
  /** The original: never itself a duplicate. */
  originalId: string;
  distance: number;
}

/** The feed a new article comes from, and its priority. */
export interface IncomingFeed {
  name: string;
  priority: number;
}

/**
 * Which earlier article, if any, a new article from `feed` duplicates: the
 * nearest candidate within `maxDistance` bits whose original came from
 * another feed (a feed's own near-copies are its own stories or versions of
 * them, which its guids tell apart) of at least the same priority: a story
 * is never suppressed by a lower-priority feed's copy, so a feed cannot
 * pre-empt a higher one's story by sending a near copy first. Ties go to the
 * earliest original.
 */
export function chooseDuplicateOf(
  feed: IncomingFeed,
  fingerprint: { simhash: bigint; shingles: number },
  candidates: readonly FingerprintCandidate[],
  maxDistance: number,
): DuplicateMatch | null {
  let best: (DuplicateMatch & { receivedAt: Date }) | null = null;
  for (const candidate of candidates) {
    if (candidate.rootFeed === feed.name || candidate.rootPriority < feed.priority) continue;
    const distance = hammingDistance(fingerprint.simhash, candidate.simhash);
    const short = Math.min(fingerprint.shingles, candidate.shingles) < MIN_SHINGLES_FOR_NEAR_MATCH;
    if (distance > (short ? 0 : maxDistance)) continue;
    const better =
      best === null ||
      distance < best.distance ||
      (distance === best.distance && candidate.rootReceivedAt.getTime() < best.receivedAt.getTime());
    if (better) best = { originalId: candidate.rootId, distance, receivedAt: candidate.rootReceivedAt };
  }
  return best && { originalId: best.originalId, distance: best.distance };
}
