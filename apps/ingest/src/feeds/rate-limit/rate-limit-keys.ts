/**
 * Every Redis key ingest's feeds code uses is built here. The namespace is the
 * run's schema prefix, so test runs and the bench never share counters.
 */
export const RateLimitKeys = {
  /** Where every feeds key of one run lives (signatures remembered against replay too). */
  namespace: (schemaPrefix: string) => `${schemaPrefix}ingest:`,
  /** The request counter of one feed's current window. */
  feedWindow: (namespace: string, feed: string) => `${namespace}ingest:rate:${feed}`,
};
