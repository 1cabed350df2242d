import { setTimeout as sleep } from 'node:timers/promises';
import { EachBatchPayload, KafkaMessage } from 'kafkajs';
import {
  InboundRecord,
  RoutedMessage,
  backoffDelay,
  consumeInSpan,
  isTransientInfrastructureError,
  toDeadLetter,
} from '@news/messaging';
import { IntakeError } from '../formats/intake-error';
import { WireHeaders, headerOf } from './wire-document';

export interface WireLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface WireBatchOptions {
  groupId: string;
  /** Resolves when the record's stories are durable; throws otherwise. */
  handle: (message: KafkaMessage) => Promise<unknown>;
  /** Resolves when the dead letter is on the broker (acks from all replicas). */
  deadLetter: (letter: RoutedMessage) => Promise<void>;
  logger: WireLogger;
  /** Aborted when the service stops: waits end at once and the record is left for redelivery. */
  stopSignal: AbortSignal;
  /** Tries for an error that is neither a refusal nor an outage (a bug, a constraint) before it is dead-lettered. */
  maxAttempts?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** The dead-letter topic's record limit: a letter over it is cut to fit (see toDeadLetter). */
  maxDeadLetterBytes?: number;
}

/**
 * How the wire intake works through one fetched batch of one partition:
 *
 * - accepted: the offset is resolved and committed only now, when the
 *   article is durable in Postgres;
 * - refused (an IntakeError, no feed header): dead-lettered to
 *   `<topic>.dlq` with where it came from and why, then committed, so one bad
 *   document never stalls the partition and none is dropped silently;
 * - a dependency away (Postgres restarting): waited out in place with
 *   backoff, heartbeating, nothing committed;
 * - anything else: tried `maxAttempts` times, then dead-lettered.
 *
 * On shutdown or a rebalance the record in hand is left unresolved and is
 * read again, by this process after a restart or by the partition's new owner.
 */
export class WireBatchHandler {
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;

  constructor(private readonly options: WireBatchOptions) {
    this.maxAttempts = options.maxAttempts ?? 3;
    this.retryBaseMs = options.retryBaseMs ?? 200;
    this.retryMaxMs = options.retryMaxMs ?? 5000;
  }

  async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    for (const message of batch.messages) {
      if (!this.canContinue(payload)) return;
      const record: InboundRecord = { topic: batch.topic, partition: batch.partition, message };
      if (!(await this.processInSpan(record, payload))) return;
      payload.resolveOffset(message.offset);
      await payload.commitOffsetsIfNecessary();
      await payload.heartbeat();
    }
  }

  /** The record's handling as a CONSUMER span: the events of the stories it holds follow from it. */
  private processInSpan(record: InboundRecord, payload: EachBatchPayload): Promise<boolean> {
    const traceParent = headerOf(record.message.headers, WireHeaders.traceParent);
    return consumeInSpan({ record, groupId: this.options.groupId, traceParent }, () => this.process(record, payload));
  }

  /** True once the record is accepted or dead-lettered; false when stopping interrupted it. */
  private async process(record: InboundRecord, payload: EachBatchPayload): Promise<boolean> {
    for (let failures = 0, outage = 0; ;) {
      try {
        await this.options.handle(record.message);
        return true;
      } catch (thrown) {
        // Classify what was thrown, not a copy: an error from another realm (a vm, a worker) fails
        // `instanceof Error`, and a copy would lose the code (ECONNREFUSED) that says "wait, don't retry".
        const error = asError(thrown);
        if (error instanceof IntakeError) return this.deadLetter(record, error, failures + 1, payload);
        if (isTransientInfrastructureError(thrown)) {
          this.options.logger.warn(
            `dependency unavailable while accepting ${where(record)}, waiting: ${error.message}`,
          );
          if (!(await this.wait(this.delay(outage++), payload))) return false;
          continue;
        }
        if (++failures >= this.maxAttempts) return this.deadLetter(record, error, failures, payload);
        this.options.logger.warn(`attempt ${failures} failed for ${where(record)}, trying again: ${error.message}`);
        if (!(await this.wait(this.delay(failures), payload))) return false;
      }
    }
  }

  private async deadLetter(
    record: InboundRecord,
    error: Error,
    attempts: number,
    payload: EachBatchPayload,
  ): Promise<boolean> {
    const reason = describe(error);
    const letter = toDeadLetter(
      record,
      this.options.groupId,
      new Error(reason),
      attempts,
      this.options.maxDeadLetterBytes,
    );
    this.options.logger.error(
      `refused ${where(record)} after ${attempts} attempt(s), dead-lettering to ${letter.topic}: ${reason}`,
    );
    for (let outage = 0; ;) {
      try {
        await this.options.deadLetter(letter);
        return true;
      } catch (sendError) {
        // The offset stays unresolved until the dead letter is safe: wait for the broker, never drop.
        this.options.logger.warn(
          `could not dead-letter ${where(record)}, trying again: ${(sendError as Error).message}`,
        );
        if (!(await this.wait(this.delay(outage++), payload))) return false;
      }
    }
  }

  private delay(step: number): number {
    return backoffDelay(step, { baseMs: this.retryBaseMs, maxMs: this.retryMaxMs });
  }

  /** Sleeps (cut short by shutdown), then heartbeats; false if the record should be left for redelivery. */
  private async wait(ms: number, payload: EachBatchPayload): Promise<boolean> {
    await sleep(ms, undefined, { signal: this.options.stopSignal }).catch(() => undefined);
    if (!this.canContinue(payload)) return false;
    await payload.heartbeat();
    return true;
  }

  private canContinue(payload: EachBatchPayload): boolean {
    return !this.options.stopSignal.aborted && payload.isRunning() && !payload.isStale();
  }
}

function where(record: InboundRecord): string {
  const feed = headerOf(record.message.headers, WireHeaders.feedId)?.trim();
  return `${record.topic}/${record.partition}@${record.message.offset}${feed ? ` (feed ${feed})` : ''}`;
}

/** The dead letter's x-error: the intake code and field, then the parser's words. */
function describe(error: Error): string {
  if (error instanceof IntakeError)
    return `${error.code}${error.pointer ? ` (${error.pointer})` : ''}: ${error.message}`;
  return error.message;
}

/** The thrown value as an Error, keeping its properties (code, cause) when it is error-like. */
function asError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  if (thrown && typeof thrown === 'object' && typeof (thrown as { message?: unknown }).message === 'string')
    return thrown as Error;
  return new Error(String(thrown));
}
