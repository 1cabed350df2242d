import { KafkaMessage } from 'kafkajs';
import { backoffDelay } from './backoff';

export interface InboundRecord {
  topic: string;
  partition: number;
  message: KafkaMessage;
}

/** Where a record that failed goes next. */
export type FailureDecision = { kind: 'retry'; delayMs: number } | { kind: 'dead-letter' };

/**
 * How often a failing handler is tried before its record is dead-lettered.
 * A few quick tries happen in place; after that the record moves to the
 * group's retry topic with an exponential delay, so it never blocks the
 * records behind it on its partition.
 */
export class RetryPolicy {
  constructor(
    readonly maxAttempts = 5,
    readonly inPlaceAttempts = 2,
    private readonly baseDelayMs = 500,
    /** No retry waits longer than this, whatever a record's x-not-before says. */
    readonly maxDelayMs = 60_000,
  ) {}

  /** `failedAttempts` counts every failed try so far, this one included. */
  decide(failedAttempts: number): FailureDecision {
    if (failedAttempts >= this.maxAttempts) return { kind: 'dead-letter' };
    return {
      kind: 'retry',
      delayMs: backoffDelay(failedAttempts - 1, { baseMs: this.baseDelayMs, maxMs: this.maxDelayMs }),
    };
  }

  inPlaceDelayMs(tryNumber: number): number {
    return backoffDelay(tryNumber, { baseMs: 50, maxMs: 1000 });
  }

  /** A dependency that is away is waited out in place, with the same shape of backoff. */
  outageDelayMs(step: number): number {
    return backoffDelay(step, { baseMs: 200, maxMs: 5000 });
  }
}
