/** A Redis that does not answer within this is treated as down: the feeds code never waits on it longer. */
export const REDIS_DEADLINE_MS = 250;

/** The command's answer, or a rejection once REDIS_DEADLINE_MS has passed. */
export async function withinRedisDeadline<T>(command: Promise<T>, ms = REDIS_DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`redis did not answer in ${ms} ms`)), ms)),
  );
  try {
    return await Promise.race([command, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
