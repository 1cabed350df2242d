import { setTimeout as sleep } from 'node:timers/promises';
import { Message } from 'kafkajs';
import { TopicName } from '@news/contracts';
import { approximateSize, chunkBySize } from '../kafka/request-chunks';

/** An event written in the same transaction as the state it describes. */
export interface OutboxRecord {
  id: string;
  topic: TopicName;
  message: Message;
}

/**
 * The outbox table as the relay needs it. `drain` hands the oldest records to
 * `send` and deletes them only if `send` resolves, all inside one
 * transaction that holds the relay lock, so one relay at a time sends and
 * per-article order is kept.
 */
export interface OutboxStore {
  drain(limit: number, send: (records: OutboxRecord[]) => Promise<void>): Promise<number>;
}

export interface OutboxSender {
  sendEncoded(topic: TopicName, messages: Message[]): Promise<void>;
}

export interface RelayLogger {
  warn(message: string): void;
}

/**
 * Moves outbox records to Kafka. Kafka being down only delays delivery: the
 * records stay in Postgres and the relay backs off and tries again.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly store: OutboxStore,
    private readonly sender: OutboxSender,
    private readonly logger: RelayLogger,
    private readonly options = { batchSize: 200, idleMs: 250, maxBackoffMs: 5000, maxRequestBytes: 512 * 1024 },
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Called after a commit so a fresh article leaves at once, not at the next poll. */
  kick(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.kick();
    await this.loop;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const sent = await this.store.drain(this.options.batchSize, (records) => this.send(records));
        failures = 0;
        if (sent < this.options.batchSize) await this.idle(this.options.idleMs);
      } catch (error) {
        failures++;
        const backoff = Math.min(this.options.idleMs * 2 ** failures, this.options.maxBackoffMs);
        this.logger.warn(`outbox relay failed (attempt ${failures}), retrying in ${backoff} ms: ${(error as Error).message}`);
        await this.idle(backoff);
      }
    }
  }

  /** Sends in order, one topic at a time, in requests the broker accepts (see request-chunks). */
  private async send(records: OutboxRecord[]): Promise<void> {
    const runs = chunkBySize(records, (r) => approximateSize(r.message), this.options.maxRequestBytes).flatMap(byTopicRuns);
    for (const run of runs) await this.sender.sendEncoded(run[0].topic, run.map((r) => r.message));
  }

  private async idle(ms: number): Promise<void> {
    const woken = new Promise<void>((resolve) => (this.wake = resolve));
    await Promise.race([sleep(ms), woken]);
    this.wake = undefined;
  }
}


/** Splits a run of records wherever the topic changes, keeping order. */
function byTopicRuns(records: OutboxRecord[]): OutboxRecord[][] {
  const runs: OutboxRecord[][] = [];
  for (const record of records) {
    const last = runs[runs.length - 1];
    if (last && last[0].topic === record.topic) last.push(record);
    else runs.push([record]);
  }
  return runs;
}
