/**
 * The event ids a consuming service has already applied, in its own schema.
 * A redelivered or re-produced event is skipped, so it has no second effect.
 */
export interface ProcessedEvents {
  /** Which of these ids were applied before. */
  seen(eventIds: string[]): Promise<Set<string>>;
  record(eventIds: string[]): Promise<void>;
}

/** For a consumer with nothing to remember (tests, throwaway readers). */
export const rememberNothing: ProcessedEvents = {
  seen: () => Promise.resolve(new Set()),
  record: () => Promise.resolve(),
};
