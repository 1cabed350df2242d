/**
 * SQLSTATEs Postgres sends as it closes a session: terminated by an
 * administrator (pg_terminate_backend, a failover), a crash or shutdown,
 * or not accepting connections yet. The statement did not run.
 */
const LOST_CONNECTION_CODES = new Set(['57P01', '57P02', '57P03', '08006', '08003']);

/** A pooled connection that was closed under us: a fresh one can run the statement. */
export function isLostConnection(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown } | null;
  const code = e?.code ?? e?.driverError?.code;
  if (typeof code === 'string' && LOST_CONNECTION_CODES.has(code)) return true;
  return typeof e?.message === 'string' && LOST_CONNECTION_MESSAGES.some((m) => (e.message as string).includes(m));
}

/**
 * node-postgres's own words for a socket that closed, when no SQLSTATE came
 * with it; and the socket's reset, which a pooled connection whose backend
 * was terminated can report first ("read ECONNRESET", found by the fault test).
 */
const LOST_CONNECTION_MESSAGES = [
  'Connection terminated',
  'has encountered a connection error and is not queryable',
  'ECONNRESET',
];

/**
 * Runs a read again when Postgres closed the pooled connection it used.
 * The pool drops a connection when it fails, so the next attempt takes
 * another; a few attempts cover a pool whose idle connections were all
 * terminated at once, which a connection's close notice arriving a moment
 * after it was handed out makes unavoidable. Reads only: a write on a lost
 * connection may or may not have committed.
 */
export async function readAgainOnLostConnection<T>(read: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= attempts || !isLostConnection(error)) throw error;
    }
  }
}

/** What runs a statement: a DataSource, or a transaction's EntityManager. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * The same source for reads only: every statement runs again when Postgres
 * closed its pooled connection. A use case that reads through this cannot
 * forget the retry on one call; writes and transactions keep the source
 * itself, where running a statement again would be wrong.
 */
export function failoverSafeReads(source: Queryable): Queryable {
  return { query: (sql, parameters) => readAgainOnLostConnection(() => source.query(sql, parameters)) };
}
