import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Marks a string as a newsroom feed key, so secret scanners and people recognise a leaked one. */
const KEY_PREFIX = 'nfk_';

/** A new feed key: 256 random bits, shown to the operator once and never stored. */
export function generateFeedKey(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/**
 * What the feeds table stores instead of the key: its SHA-256, hex.
 *
 * Why a plain fast hash and not bcrypt/scrypt/argon2: those are slow on
 * purpose so that guessing a low-entropy human password from its hash stays
 * expensive. A key here is 256 random bits made by the service, so there is
 * nothing to guess: a stolen hash cannot be turned back into the key by any
 * amount of hashing, and a fast hash lets every request be checked without
 * a deliberately slow KDF in the hot path (or a DoS lever for anyone who can
 * send keys). This is the usual practice for API keys (GitHub, Stripe).
 */
export function hashFeedKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Does `key` hash to `storedHash`? Compared in constant time. */
export function keyMatches(key: string, storedHash: string): boolean {
  const candidate = Buffer.from(hashFeedKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  // Both are SHA-256 digests, so the lengths differ only for a corrupt row.
  return stored.length === candidate.length && timingSafeEqual(candidate, stored);
}
