import { EntityManager } from 'typeorm';
import { LINK_WINDOW_MS } from '../../translations/original-choice';
import { simhashBands } from '../../dedupe/simhash';

/**
 * The transaction-scoped advisory locks one accept takes before it touches a
 * row, so the checks that decide "duplicate?" and "translation of which
 * original?" cannot both miss a concurrent post they should have seen:
 *
 * - one lock per fingerprint band. Two fingerprints within 3 bits agree on at
 *   least one band, so two near-identical posts always share a lock and the
 *   second sees the first's fingerprint (a different story shares a band by
 *   chance, 4 in 65,536, and only waits a moment);
 * - one lock per time bucket that [publishedAt - window, publishedAt + window]
 *   touches, for the feed and the source language. A translation and an
 *   original within the window share the bucket of the original's time, so
 *   whichever commits second sees the first;
 * - one lock on the article id a translation names as its original, and on
 *   its own id for every original, so a named original and its translation
 *   meet the same way.
 *
 * Locks are taken in one global order (namespace, then key), so two accepts
 * never wait on each other in a cycle. Two-int advisory keys do not collide
 * with the one-bigint key of the outbox relay.
 */
export interface AdvisoryLock {
  namespace: number;
  key: number;
}

const LINK_WINDOW_NAMESPACE = 0x6e720001;
const NAMED_ORIGINAL_NAMESPACE = 0x6e720002;
const BAND_NAMESPACE = 0x6e720010;

/** Wider than the whole window, so a window touches at most two buckets. */
export const LINK_BUCKET_MS = 5 * 60_000;

export interface IntakeLockFacts {
  feed: string;
  simhash: bigint;
  publishedAt: Date;
  /** The language whose originals this article could be linked with: its own, or the one it was translated from. */
  linkLanguage: string;
  /** Article ids whose "named original" lock this accept needs. */
  namedIds: readonly string[];
}

export function intakeLocks(facts: IntakeLockFacts): AdvisoryLock[] {
  const buckets = linkBuckets(facts.publishedAt).map((bucket) => ({
    namespace: LINK_WINDOW_NAMESPACE,
    key: hash32(`${facts.feed}\u0000${facts.linkLanguage}\u0000${bucket}`),
  }));
  const named = facts.namedIds.map((id) => ({ namespace: NAMED_ORIGINAL_NAMESPACE, key: hash32(id) }));
  const bands = simhashBands(facts.simhash).map((band, i) => ({ namespace: BAND_NAMESPACE + i, key: band }));
  const unique = new Map([...buckets, ...named, ...bands].map((lock) => [`${lock.namespace}:${lock.key}`, lock]));
  return [...unique.values()].sort((a, b) => a.namespace - b.namespace || a.key - b.key);
}

/** The buckets [t - window, t + window] touches. */
export function linkBuckets(publishedAt: Date): number[] {
  const first = Math.floor((publishedAt.getTime() - LINK_WINDOW_MS) / LINK_BUCKET_MS);
  const last = Math.floor((publishedAt.getTime() + LINK_WINDOW_MS) / LINK_BUCKET_MS);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Waits for each lock in turn, in the order given, in one round trip (the
 * rows of unnest are produced, and locked, in array order); they are
 * released when the transaction ends.
 */
export async function takeAdvisoryLocks(manager: EntityManager, locks: readonly AdvisoryLock[]): Promise<void> {
  if (locks.length === 0) return;
  await manager.query(
    'SELECT pg_advisory_xact_lock(l.namespace, l.key) FROM unnest($1::int[], $2::int[]) AS l(namespace, key)',
    [locks.map((lock) => lock.namespace), locks.map((lock) => lock.key)],
  );
}

/** FNV-1a, as a signed 32-bit integer (an advisory lock's int key). */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
