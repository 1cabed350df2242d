import { randomBytes } from 'node:crypto';

/**
 * A prefix unique to one test file's run: its topics, consumer groups,
 * Postgres schemas and cache keys all carry it, so runs never see each other.
 */
export function uniqueRunPrefix(label: string): string {
  return `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}_${label}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
}
