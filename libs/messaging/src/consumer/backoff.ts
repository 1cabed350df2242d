/**
 * The one backoff every retry loop here uses: exponential, capped, with
 * "equal jitter" (half fixed, half random), so replicas that failed together
 * do not all come back in the same millisecond and fail together again.
 */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

export function backoffDelay(
  attempt: number,
  { baseMs, maxMs }: BackoffOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(baseMs * 2 ** Math.max(0, attempt), maxMs);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
