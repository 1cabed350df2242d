import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;

/**
 * FEED_SECRET_KEY as given: 32 bytes as base64 (44 characters) or hex (64).
 * Throws a one-line reason; config turns it into a ConfigError.
 */
export function parseSecretKey(text: string): Buffer {
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/]{43}=?$/.test(text)) return Buffer.from(text, 'base64');
  throw new Error('must be 32 random bytes as base64 or 64 hex digits (e.g. `openssl rand -base64 32`)');
}

/**
 * Signing secrets at rest. Unlike a key, a signing secret cannot be stored as
 * a hash: verifying an HMAC needs the secret itself. So it is sealed with
 * AES-256-GCM under FEED_SECRET_KEY, which lives in the environment (a
 * secret store in production), not in the database: a copy of the database
 * or a backup alone does not let anyone sign as a feed. The feed's name is
 * the additional authenticated data, so a sealed secret copied onto another
 * feed's row does not open. The `v1` prefix leaves room for a key change.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      VERSION,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      sealed.toString('base64url'),
    ].join(':');
  }

  /** Throws when the text was not sealed by this key for this context. */
  open(sealed: string, context: string): string {
    const [version, iv, tag, data] = sealed.split(':');
    if (version !== VERSION || !iv || !tag || data === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}
