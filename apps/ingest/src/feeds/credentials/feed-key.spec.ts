import { createHash } from 'node:crypto';
import { generateFeedKey, hashFeedKey, keyMatches } from './feed-key';

describe('feed keys', () => {
  it('are 256 random bits, recognisable by their prefix, never the same twice', () => {
    const keys = new Set(Array.from({ length: 100 }, generateFeedKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(/^nfk_[A-Za-z0-9_-]{43}$/);
  });

  it('are stored as their SHA-256 in hex, never as themselves', () => {
    const key = generateFeedKey();
    expect(hashFeedKey(key)).toBe(createHash('sha256').update(key).digest('hex'));
    expect(hashFeedKey(key)).not.toContain(key.slice(4));
  });

  it('match their own hash and no other key does', () => {
    const key = generateFeedKey();
    const stored = hashFeedKey(key);
    expect(keyMatches(key, stored)).toBe(true);
    expect(keyMatches(generateFeedKey(), stored)).toBe(false);
    expect(keyMatches(`${key} `, stored)).toBe(false);
  });

  it('do not match a corrupt stored hash (and do not throw on its length)', () => {
    expect(keyMatches(generateFeedKey(), 'abc')).toBe(false);
  });
});
