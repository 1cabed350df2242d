import { BackoffOptions, backoffDelay } from './backoff';

/** Nine waits from ~5 ms up: 2.5-5 s in all, far more than a commit's markers take to write. */
const RETRIES = 9;
const BACKOFF: BackoffOptions = { baseMs: 10, maxMs: 2560 };

/**
 * Runs one step of a transaction, retrying it while the broker answers
 * CONCURRENT_TRANSACTIONS: the coordinator is still writing the previous
 * transaction's commit markers, which clears within milliseconds. kafkajs
 * retries this on a send but not on AddOffsetsToTxn, the first request of a
 * transaction that carries only offsets (a batch whose records all produced
 * nothing); left alone the error aborted the transaction and restarted the
 * consumer, stalling the stage for seconds. The failed request changed
 * nothing on the broker, so sending it again is safe.
 */
export async function retryingConcurrentTransactions<T>(
  step: () => Promise<T>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!isConcurrentTransactions(error)) throw error;
      await sleep(backoffDelay(attempt, BACKOFF));
    }
  }
  return step();
}

function isConcurrentTransactions(error: unknown): boolean {
  return (error as { type?: unknown } | null)?.type === 'CONCURRENT_TRANSACTIONS';
}
