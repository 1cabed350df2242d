import { setTimeout as sleep } from 'node:timers/promises';
import { Message } from 'kafkajs';
import { TopicName } from '@news/contracts';
import { backoffDelay } from '../consumer/backoff';
import { DEFAULT_MAX_MESSAGE_BYTES, EventTooLarge, recordBytes } from '../kafka/message-limits';
import { chunkBySize } from '../kafka/request-chunks';
import { isRecordRefusal } from './record-refusal';

/** An event written in the same transaction as the state it describes. */
export interface OutboxRecord {
  id: string;
  topic: TopicName;
  message: Message;
}

/** A record the relay gave up on: kept, out of the way, until on-call replays it. */
export interface ParkedRecord {
  id: string;
  reason: string;
}

/**
 * The outbox table as the relay needs it. `drain` hands the oldest unparked
 * records to `send`; when `send` resolves, it deletes those that were sent
 * and parks those `send` gave up on, in the same transaction that holds the
 * relay lock, so one relay at a time sends and per-article order is kept.
 */
export interface OutboxStore {
  drain(limit: number, send: (records: OutboxRecord[]) => Promise<ParkedRecord[]>): Promise<number>;
}

export interface OutboxSender {
  sendEncoded(topic: TopicName, messages: Message[]): Promise<void>;
}

export interface RelayLogger {
  warn(message: string): void;
  error(message: string): void;
}

export interface OutboxRelayOptions {
  batchSize: number;
  idleMs: number;
  maxBackoffMs: number;
  maxRequestBytes: number;
  /** The broker's record limit: a record over it is parked without being sent. */
  maxMessageBytes: number;
  /** Refusals of one record, sent alone, before it is parked (a size refusal parks at once). */
  maxRefusals: number;
}

const DEFAULTS: OutboxRelayOptions = {
  batchSize: 200,
  idleMs: 250,
  maxBackoffMs: 5000,
  maxRequestBytes: 512 * 1024,
  maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
  maxRefusals: 3,
};

/**
 * Moves outbox records to Kafka. Kafka being down only delays delivery: the
 * records stay in Postgres and the relay backs off and tries again. A record
 * the broker refuses for what it is (too large, invalid) would be refused
 * for ever and hold up every record behind it: it is parked after bounded
 * refusals, and the rest flow.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private readonly options: OutboxRelayOptions;
  /** Refusals per record id, while it is retried alone. */
  private readonly refusals = new Map<string, number>();

  constructor(
    private readonly store: OutboxStore,
    private readonly sender: OutboxSender,
    private readonly logger: RelayLogger,
    options: Partial<OutboxRelayOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

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
        const backoff = backoffDelay(failures++, { baseMs: this.options.idleMs, maxMs: this.options.maxBackoffMs });
        this.logger.warn(
          `outbox relay failed (attempt ${failures}), retrying in ${backoff} ms: ${(error as Error).message}`,
        );
        await this.idle(backoff);
      }
    }
  }

  /** Sends in order, one topic at a time, in requests the broker accepts (see request-chunks); returns what it parked. */
  private async send(records: OutboxRecord[]): Promise<ParkedRecord[]> {
    const parked: ParkedRecord[] = [];
    // Measured once: the same size decides parking and chunking.
    const bytes = new Map(records.map((record) => [record, recordBytes(record.message)]));
    const sendable = records.filter((record) => {
      if (bytes.get(record)! <= this.options.maxMessageBytes) return true;
      parked.push(
        this.park(record, new EventTooLarge(bytes.get(record)!, this.options.maxMessageBytes, 'outbox record').message),
      );
      return false;
    });
    const runs = chunkBySize(sendable, (r) => bytes.get(r)!, this.options.maxRequestBytes).flatMap(byTopicRuns);
    for (const run of runs) {
      try {
        await this.sender.sendEncoded(
          run[0].topic,
          run.map((r) => r.message),
        );
      } catch (error) {
        if (!isRecordRefusal(error)) throw error; // the broker is away: every record waits
        parked.push(...(await this.sendOneByOne(run)));
      }
    }
    return parked;
  }

  /** A request was refused for its contents: find the record(s) to blame by sending each alone. */
  private async sendOneByOne(run: OutboxRecord[]): Promise<ParkedRecord[]> {
    const parked: ParkedRecord[] = [];
    for (const record of run) {
      try {
        await this.sender.sendEncoded(record.topic, [record.message]);
        this.refusals.delete(record.id);
      } catch (error) {
        if (!isRecordRefusal(error)) throw error;
        const refusals = (this.refusals.get(record.id) ?? 0) + 1;
        this.refusals.set(record.id, refusals);
        if (refusals < this.options.maxRefusals) throw error; // try again later, as a whole
        parked.push(this.park(record, `refused by the broker ${refusals} times: ${(error as Error).message}`));
      }
    }
    return parked;
  }

  private park(record: OutboxRecord, reason: string): ParkedRecord {
    this.refusals.delete(record.id);
    this.logger.error(
      `parking outbox record ${record.id} (key ${String(record.message.key)}, topic ${record.topic}): ${reason}; see npm run outbox -- list`,
    );
    return { id: record.id, reason };
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
