import { randomBytes } from 'node:crypto';
import { SecretBox, parseSecretKey } from './secret-box';

describe('the secret box for signing secrets', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed for the same feed', () => {
    const sealed = box.seal('the feed secret', 'smart');
    expect(sealed).not.toContain('the feed secret');
    expect(box.open(sealed, 'smart')).toBe('the feed secret');
  });

  it('seals the same secret differently each time', () => {
    expect(box.seal('s', 'smart')).not.toBe(box.seal('s', 'smart'));
  });

  it('refuses a secret sealed for another feed, under another key, or altered', () => {
    const sealed = box.seal('the feed secret', 'smart');
    expect(() => box.open(sealed, 'bench')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'smart')).toThrow();
    const [v, iv, tag, data] = sealed.split(':');
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] ^= 1;
    expect(() => box.open([v, iv, tag, flipped.toString('base64url')].join(':'), 'smart')).toThrow();
  });

  it('reads FEED_SECRET_KEY as base64 or hex, and refuses anything but 32 bytes', () => {
    const key = randomBytes(32);
    expect(parseSecretKey(key.toString('base64'))).toEqual(key);
    expect(parseSecretKey(key.toString('hex'))).toEqual(key);
    expect(() => parseSecretKey('too short')).toThrow(/32 random bytes/);
    expect(() => parseSecretKey(randomBytes(16).toString('base64'))).toThrow(/32 random bytes/);
  });
});
