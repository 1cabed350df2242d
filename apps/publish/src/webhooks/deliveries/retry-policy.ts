import { backoffDelay } from '@news/messaging';

/** What one attempt came to, as the sender saw it. */
export type AttemptOutcome =
  | { kind: 'response'; status: number; retryAfter?: string }
  | { kind: 'network-error'; error: string }
  /** The private-network guard refused the target: no retry can change that. */
  | { kind: 'refused'; error: string };

export type Verdict = { kind: 'delivered' } | { kind: 'retry'; delayMs: number } | { kind: 'dead'; reason: string };

export interface RetrySchedule {
  maxAttempts: number;
  baseMs: number;
  /** The longest wait between two attempts, Retry-After included. */
  maxMs: number;
}

/**
 * Whether a status is worth asking again: the receiver is failing (5xx),
 * timed out (408) or asks us to slow down (429). Any other 4xx is an answer
 * about this request that repeating it will not change; a redirect is not
 * followed (it could lead anywhere, the private network included) and
 * counts as such an answer too.
 */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** A Retry-After header (delay-seconds or an HTTP date) in ms from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: Date): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/**
 * The wait before attempt `attempts + 1`: the house backoff (exponential,
 * capped, half fixed and half random, see backoffDelay), or the receiver's
 * Retry-After when that is longer, never more than `maxMs`.
 */
export function retryDelay(
  attempts: number,
  schedule: RetrySchedule,
  retryAfter?: number,
  random = Math.random,
): number {
  const backoff = backoffDelay(attempts - 1, { baseMs: schedule.baseMs, maxMs: schedule.maxMs }, random);
  return Math.min(schedule.maxMs, Math.max(backoff, retryAfter ?? 0));
}

/** What to do after attempt number `attempts` came to `outcome`. */
export function verdictFor(
  outcome: AttemptOutcome,
  attempts: number,
  schedule: RetrySchedule,
  now: Date,
  random = Math.random,
): Verdict {
  if (outcome.kind === 'refused') return { kind: 'dead', reason: `refused: ${outcome.error}` };
  if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) return { kind: 'delivered' };
  if (outcome.kind === 'response' && !isRetryableStatus(outcome.status))
    return { kind: 'dead', reason: `HTTP ${outcome.status}, not retried` };
  if (attempts >= schedule.maxAttempts)
    return { kind: 'dead', reason: `${describeOutcome(outcome)} on the last of ${schedule.maxAttempts} attempts` };
  const retryAfter = outcome.kind === 'response' ? retryAfterMs(outcome.retryAfter, now) : undefined;
  return { kind: 'retry', delayMs: retryDelay(attempts, schedule, retryAfter, random) };
}

/** One line for the delivery log. */
export function describeOutcome(outcome: AttemptOutcome): string {
  switch (outcome.kind) {
    case 'response':
      return `HTTP ${outcome.status}`;
    case 'network-error':
      return `error: ${outcome.error}`;
    case 'refused':
      return `refused: ${outcome.error}`;
  }
}
