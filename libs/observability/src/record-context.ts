import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while handling one event or request should carry. */
export interface TraceFields {
  correlationId: string;
  eventId?: string;
  traceId?: string;
}

const storage = new AsyncLocalStorage<TraceFields>();

/** Runs `work` with these fields attached to every log line it writes. */
export function withTraceFields<T>(fields: TraceFields, work: () => Promise<T>): Promise<T> {
  return storage.run(fields, work);
}

export function currentTraceFields(): TraceFields | undefined {
  return storage.getStore();
}
