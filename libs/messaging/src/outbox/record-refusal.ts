/**
 * Broker answers that refuse a record for what it is. Sent again, the same
 * record gets the same answer; every other error (a broker away, a leader
 * moving) is about the broker and passes.
 */
const REFUSALS = new Set([
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
  'INVALID_TIMESTAMP',
  'POLICY_VIOLATION',
]);

/** kafkajs wraps the broker's error (KafkaJSNonRetriableError, KafkaJSAggregateError): look through the wrappers. */
export function isRecordRefusal(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const e = current as { type?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
    if (typeof e.type === 'string' && REFUSALS.has(e.type)) return true;
    queue.push(e.cause, e.originalError, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : []));
  }
  return false;
}
