import { randomBytes } from 'node:crypto';

/** A new signing secret: 256 random bits, base64url. The receiver uses the string, as printed, as its HMAC key. */
export function generateSigningSecret(): string {
  return randomBytes(32).toString('base64url');
}
