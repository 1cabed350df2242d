/**
 * Errors that say a dependency is away (Postgres restarting, a connection
 * dropped, Redis down), not that the record is bad. Those are waited out in
 * place instead of spending the record's retry attempts: the next record
 * would fail the same way.
 */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

export function isTransientInfrastructureError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
      retriable?: unknown;
      name?: unknown;
    };
    const code = typeof e.code === 'string' ? e.code : '';
    if (TRANSIENT_CODES.has(code) || code.startsWith('08')) return true;
    if (
      typeof e.message === 'string' &&
      /Connection terminated|connection (is )?closed|Connection is closed|timeout exceeded when trying to connect/i.test(
        e.message,
      )
    )
      return true;
    if (e.retriable === true && typeof e.name === 'string' && e.name.startsWith('KafkaJS')) return true;
    current = e.driverError ?? e.cause;
  }
  return false;
}
