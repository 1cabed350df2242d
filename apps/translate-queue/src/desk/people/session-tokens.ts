import { createHash, randomBytes } from 'node:crypto';

/**
 * Sessions are opaque random tokens (256 bits), stored only as their
 * SHA-256, with an expiry. Chosen over signed tokens (JWT) because a desk
 * needs to end a session at once: disabling an account or resetting its
 * password deletes its sessions, and a signed token would stay valid until
 * it expired. The cost, one indexed lookup per request, is nothing at a
 * desk's request rate, and there is no signing key to keep and rotate.
 * A slow hash is not needed: nobody can guess 256 random bits.
 */
export function generateSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
