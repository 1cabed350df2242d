import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { DeskError } from '../jobs/desk-errors';

/**
 * Passwords are hashed with Argon2id (@node-rs/argon2: prebuilt, no install
 * script) at its defaults (19 MiB, 2 passes), OWASP's recommended minimum.
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** 144 random bits, 24 URL-safe characters: printed once by the CLI. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

export const MIN_PASSWORD_LENGTH = 12;

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new DeskError('INVALID_INPUT', `a password has at least ${MIN_PASSWORD_LENGTH} characters`);
}

/**
 * A hash of no one's password: a sign-in with an unknown username is
 * checked against it, so it takes as long as a wrong password and the
 * answer's timing says nothing about which usernames exist.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash(generatePassword());
  return decoy;
}
