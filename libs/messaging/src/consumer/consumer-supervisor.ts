import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay } from './backoff';

/** One running consumer and whatever was opened with it (its producers). */
export interface ConsumerSession {
  close(): Promise<void>;
}

/**
 * Opens a session. `onCrash` must be attached to the consumer's
 * `consumer.crash` event *before* it connects: kafkajs reports a failure to
 * join the group from inside `run()` as a crash, and `run()` still resolves.
 */
export type OpenConsumer = (stopSignal: AbortSignal, onCrash: (error: Error) => void) => Promise<ConsumerSession>;

export interface SupervisorLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ConsumerSupervisorOptions {
  name: string;
  /** Waits for the topics, connects, subscribes and runs; resolves once the consumer runs. */
  open: OpenConsumer;
  logger: SupervisorLogger;
  /** How long the consumer may stay down (crashed, restarting) before the supervisor gives up. */
  maxDownMs: number;
  /** Called once on giving up: the process should exit non-zero so its orchestrator restarts it. */
  onGiveUp: (error: Error) => void;
  restartBaseMs?: number;
  restartMaxMs?: number;
  /** A session that runs this long without crashing counts as recovered; until then crash loops add up. */
  stableAfterMs?: number;
}

export type ConsumerState = 'starting' | 'running' | 'restarting' | 'stopped' | 'failed';

export interface ConsumerLiveness {
  live: boolean;
  state: ConsumerState;
  downForMs?: number;
  lastError?: string;
}

/**
 * Keeps one consumer running. kafkajs gives up on a consumer for good after a
 * non-retriable error (a fenced producer, "Failed to find group coordinator")
 * and says so only in a `consumer.crash` event; left alone, the process then
 * looks healthy and consumes nothing. The supervisor owns every restart
 * (kafkajs's own restartOnFailure is turned off, so there is one path): on a
 * crash or a failed open it closes the session, waits with jittered backoff
 * and opens a new one with new producers. Down for longer than `maxDownMs`,
 * it reports not-live and calls `onGiveUp`.
 */
export class ConsumerSupervisor {
  private state: ConsumerState = 'stopped';
  private session?: ConsumerSession;
  private downSince?: number;
  private lastError?: Error;
  private readonly stopping = new AbortController();
  private opening?: Promise<void>;
  /** Crashes since the last stable session: the restart backoff grows with them. */
  private crashes = 0;

  constructor(private readonly options: ConsumerSupervisorOptions) {}

  /** Resolves once the consumer first runs, or when stopped before; failures are retried, never thrown. */
  start(): Promise<void> {
    this.state = 'starting';
    this.opening = this.openWithRetries();
    return this.opening;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.opening;
    const session = this.session;
    this.session = undefined;
    this.state = 'stopped';
    if (session) await this.close(session);
  }

  /** A consumer's disconnect can wait on a join or fetch in flight; never let it hold up a restart for ever. */
  private async close(session: ConsumerSession): Promise<void> {
    await withinDeadline(session.close(), CLOSE_DEADLINE_MS, 'closing the consumer').catch((error: Error) =>
      this.options.logger.warn(`${this.options.name}: ${error.message}`),
    );
  }

  liveness(now = Date.now()): ConsumerLiveness {
    const downForMs = this.downSince === undefined ? undefined : now - this.downSince;
    const coming =
      (this.state === 'starting' || this.state === 'restarting') && (downForMs ?? 0) <= this.options.maxDownMs;
    const live = this.state === 'running' || coming;
    return { live, state: this.state, downForMs, lastError: this.lastError?.message };
  }

  private async openWithRetries(): Promise<void> {
    for (let attempt = 0; !this.stopping.signal.aborted; attempt++) {
      try {
        let opened: ConsumerSession | undefined;
        let crashedWhileOpening: Error | undefined;
        let stable: NodeJS.Timeout | undefined;
        const session = await this.options.open(this.stopping.signal, (error) => {
          clearTimeout(stable);
          if (!opened) crashedWhileOpening ??= error;
          else if (this.session === opened && !this.stopping.signal.aborted) void this.restartAfter(opened, error);
        });
        if (this.stopping.signal.aborted) return void (await this.close(session));
        if (crashedWhileOpening) {
          await this.close(session);
          throw crashedWhileOpening;
        }
        // No await from here on: a crash now finds the session registered.
        opened = session;
        this.session = session;
        this.state = 'running';
        stable = this.markStableLater(session);
        if (this.downSince !== undefined)
          this.options.logger.log(
            `${this.options.name}: consumer running again after ${Date.now() - this.downSince} ms`,
          );
        return;
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        if (!this.noteFailure(error as Error)) return;
        const delay = this.restartDelay(attempt);
        this.options.logger.warn(
          `${this.options.name}: could not start the consumer (${(error as Error).message}); trying again in ${delay} ms`,
        );
        await sleep(delay, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      }
    }
  }

  /** A session that runs long enough without crashing wipes the slate: old crashes no longer count. */
  private markStableLater(session: ConsumerSession): NodeJS.Timeout {
    const stable = setTimeout(() => {
      if (this.session !== session) return;
      this.downSince = undefined;
      this.crashes = 0;
    }, this.options.stableAfterMs ?? 10_000);
    stable.unref();
    return stable;
  }

  private async restartAfter(session: ConsumerSession, error: Error): Promise<void> {
    this.session = undefined;
    this.options.logger.error(`${this.options.name}: consumer crashed (${error.name}: ${error.message}); restarting`);
    if (!this.noteFailure(error)) return;
    await this.close(session);
    this.opening = sleep(this.restartDelay(this.crashes++), undefined, { signal: this.stopping.signal })
      .catch(() => undefined)
      .then(() => this.openWithRetries());
  }

  private restartDelay(attempt: number): number {
    return backoffDelay(attempt, {
      baseMs: this.options.restartBaseMs ?? 500,
      maxMs: this.options.restartMaxMs ?? 15_000,
    });
  }

  /** Records a failure; false once the consumer has been down too long (and the supervisor gave up). */
  private noteFailure(error: Error): boolean {
    this.lastError = error;
    this.downSince ??= Date.now();
    if (this.state !== 'starting') this.state = 'restarting';
    const downFor = Date.now() - this.downSince;
    if (downFor <= this.options.maxDownMs) return true;
    this.state = 'failed';
    this.options.logger.error(
      `${this.options.name}: consumer down for ${downFor} ms (limit ${this.options.maxDownMs} ms); giving up: ${error.message}`,
    );
    this.options.onGiveUp(error);
    return false;
  }
}

/**
 * Joining a group can wait on other members (up to the rebalance timeout) but
 * must not wait for ever: a join still pending after this long is given up,
 * its consumer closed, and the supervisor tries again.
 */
export const JOIN_DEADLINE_MS = 90_000;
const CLOSE_DEADLINE_MS = 30_000;

export async function withinDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish in ${ms} ms`)), ms)),
  );
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
