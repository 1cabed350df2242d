import { setTimeout as sleep } from 'node:timers/promises';
import { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { ArticleEvent, CloudEventHeaders } from '@news/contracts';
import { PoisonMessage, decodeArticleEvent, headerText } from '../cloud-events/article-event-codec';
import { provisionTopics } from '../kafka/topic-provisioner';
import { ConsumerMetrics, noConsumerMetrics } from './consumer-metrics';
import { RoutedMessage, deadLetterTopicFor, failedAttemptsOf, notBeforeOf, originalTopicOf, retryTopicFor, toDeadLetter, toRetry } from '../dead-letters/dead-letters';
import { InboundRecord, RetryPolicy } from './failure-policy';
import { ProcessedEvents, rememberNothing } from './processed-events';
import { ArticleEventHandler, encodeOutputs } from './stage-output';
import { TransactionalSink } from './transactional-sink';
import { isTransientInfrastructureError } from './transient-errors';

export interface RunnerLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface BatchRunnerOptions {
  kafka: Kafka;
  groupId: string;
  topicPrefix: string;
  /** Physical source topic -> its handler. Retry topics are derived. */
  handlers: Map<string, ArticleEventHandler>;
  logger: RunnerLogger;
  policy?: RetryPolicy;
  processed?: ProcessedEvents;
  metrics?: ConsumerMetrics;
  partitionsConsumedConcurrently?: number;
  maxRecordsPerTransaction?: number;
  /** Wraps each handler call, e.g. to put the event's correlation id on every log line. */
  around?: <T>(event: ArticleEvent, work: () => Promise<T>) => Promise<T>;
}

interface RecordResult {
  outputs: RoutedMessage[];
  appliedEventId?: string;
}

/** The offsets and outputs gathered since the last transaction. */
class PendingCommit {
  outputs: RoutedMessage[] = [];
  applied: string[] = [];
  lastOffset?: string;
  count = 0;

  add(offset: string, result: RecordResult): void {
    this.outputs.push(...result.outputs);
    if (result.appliedEventId) this.applied.push(result.appliedEventId);
    this.lastOffset = offset;
    this.count++;
  }
}

/**
 * Consumes with eachBatch and commits each chunk of a batch as one Kafka
 * transaction: the outputs it produced, its retries and dead letters, and the
 * consumer offset after it. A crash before the commit replays the chunk; the
 * processed-event check and idempotent effects make the replay harmless.
 * Partitions run concurrently; records of one partition (one article's
 * versions) in order.
 */
export class BatchRunner {
  private consumer?: Consumer;
  private sink?: TransactionalSink;
  private stopping = false;
  private readonly policy: RetryPolicy;
  private readonly processed: ProcessedEvents;
  private readonly metrics: ConsumerMetrics;
  private readonly sources = new Map<string, ArticleEventHandler>();

  constructor(private readonly options: BatchRunnerOptions) {
    this.policy = options.policy ?? new RetryPolicy();
    this.processed = options.processed ?? rememberNothing;
    this.metrics = options.metrics ?? noConsumerMetrics;
    for (const [topic, handler] of options.handlers) {
      this.sources.set(topic, handler);
      this.sources.set(retryTopicFor(topic, options.groupId), handler);
    }
  }

  async start(): Promise<void> {
    const { kafka, groupId } = this.options;
    await this.provisionFailureTopics();
    this.sink = new TransactionalSink(kafka, groupId);
    this.consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      // A member killed outright holds its partitions until this expires.
      sessionTimeout: 10_000,
      heartbeatInterval: 2_000,
      retry: { retries: 10, restartOnFailure: async () => !this.stopping },
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.sources.keys()], fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /** Stops fetching, lets in-flight chunks commit, and leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
    await this.sink?.disconnect();
  }

  private async provisionFailureTopics(): Promise<void> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    try {
      const topics = [...this.options.handlers.keys()].flatMap((topic) => [retryTopicFor(topic, this.options.groupId), deadLetterTopicFor(topic)]);
      await provisionTopics(admin, topics.map((name) => ({ name, partitions: 3, compacted: false })));
    } finally {
      await admin.disconnect();
    }
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const handler = this.sources.get(batch.topic);
    if (!handler) throw new Error(`no handler for topic ${batch.topic}`);
    this.metrics.received(batch.topic, batch.messages.length);
    this.metrics.lag(batch.topic, batch.partition, Math.max(0, Number(batch.highWatermark) - Number(batch.firstOffset() ?? batch.highWatermark)));
    const seen = await this.processed.seen(batch.messages.map((m) => headerText(m.headers, CloudEventHeaders.id)).filter((id): id is string => !!id));
    let pending = new PendingCommit();
    for (const message of batch.messages) {
      if (!this.canContinue(payload)) break;
      const record: InboundRecord = { topic: batch.topic, partition: batch.partition, message };
      if (!(await this.waitUntilDue(record, payload))) break;
      const result = await this.processRecord(handler, record, seen, payload);
      if (!result) break;
      pending.add(message.offset, result);
      if (pending.count >= (this.options.maxRecordsPerTransaction ?? 200)) {
        await this.commit(pending, payload);
        pending = new PendingCommit();
      }
      await payload.heartbeat();
    }
    await this.commit(pending, payload);
  }

  private canContinue(payload: EachBatchPayload): boolean {
    return !this.stopping && payload.isRunning() && !payload.isStale();
  }

  private async commit(pending: PendingCommit, payload: EachBatchPayload): Promise<void> {
    if (pending.lastOffset === undefined) return;
    const { topic, partition } = payload.batch;
    await this.sink!.commit(pending.outputs, { topic, partition, next: String(Number(pending.lastOffset) + 1) });
    payload.resolveOffset(pending.lastOffset);
    for (const output of pending.outputs) this.metrics.emitted(output.topic, 1);
    await this.processed.record(pending.applied).catch((error: Error) => this.options.logger.warn(`could not record processed events: ${error.message}`));
  }

  /** A record from a retry topic waits for its time, heartbeating; false if we are stopping. */
  private async waitUntilDue(record: InboundRecord, payload: EachBatchPayload): Promise<boolean> {
    while (notBeforeOf(record) > Date.now()) {
      if (!this.canContinue(payload)) return false;
      await sleep(Math.min(1000, notBeforeOf(record) - Date.now()));
      await payload.heartbeat();
    }
    return true;
  }

  /** The record's outputs, or null when shutdown interrupted it (it will be read again). */
  private async processRecord(handler: ArticleEventHandler, record: InboundRecord, seen: Set<string>, payload: EachBatchPayload): Promise<RecordResult | null> {
    let event: ArticleEvent;
    try {
      event = decodeArticleEvent(record.message);
    } catch (error) {
      if (!(error instanceof PoisonMessage)) throw error;
      return { outputs: [this.deadLetter(record, error, failedAttemptsOf(record) + 1)] };
    }
    if (seen.has(event.id)) {
      this.metrics.duplicates(record.topic, 1);
      return { outputs: [] };
    }
    const started = process.hrtime.bigint();
    try {
      const outputs = await this.runHandler(handler, event, record, payload);
      if (outputs === null) return null;
      seen.add(event.id); // a copy later in this same batch is a duplicate too
      this.metrics.handled(originalTopicOf(record), Number(process.hrtime.bigint() - started) / 1e9);
      return { outputs, appliedEventId: event.id };
    } catch (error) {
      return { outputs: [this.routeFailure(record, event, error as Error)] };
    }
  }

  /** Tries the handler in place; waits out infrastructure outages without spending attempts. */
  private async runHandler(handler: ArticleEventHandler, event: ArticleEvent, record: InboundRecord, payload: EachBatchPayload): Promise<RoutedMessage[] | null> {
    for (let attempt = 0, outage = 0; ; ) {
      try {
        const around = this.options.around ?? ((_event, work) => work());
        return encodeOutputs(event, await around(event, () => handler(event, record)), this.options.topicPrefix);
      } catch (error) {
        if (!this.canContinue(payload)) return null;
        if (isTransientInfrastructureError(error)) {
          this.options.logger.warn(`dependency unavailable while handling ${event.id}, waiting: ${(error as Error).message}`);
          await sleep(Math.min(200 * 2 ** outage++, 5000));
          await payload.heartbeat();
          continue;
        }
        if (++attempt >= this.policy.inPlaceAttempts) throw error;
        await sleep(this.policy.inPlaceDelayMs(attempt));
      }
    }
  }

  private routeFailure(record: InboundRecord, event: ArticleEvent, error: Error): RoutedMessage {
    const attempts = failedAttemptsOf(record) + 1;
    const decision = this.policy.decide(attempts);
    const where = `${record.topic}/${record.partition}@${record.message.offset} (event ${event.id}, correlation ${event.correlationId})`;
    if (decision.kind === 'dead-letter') return this.deadLetter(record, error, attempts);
    this.metrics.retried(originalTopicOf(record));
    this.options.logger.warn(`attempt ${attempts} failed for ${where}, retrying in ${decision.delayMs} ms: ${error.message}`);
    return toRetry(record, this.options.groupId, error, attempts, decision.delayMs);
  }

  private deadLetter(record: InboundRecord, error: Error, attempts: number): RoutedMessage {
    this.metrics.deadLettered(originalTopicOf(record));
    this.options.logger.error(`dead-lettering ${record.topic}/${record.partition}@${record.message.offset} after ${attempts} attempt(s): ${error.message}`);
    return toDeadLetter(record, this.options.groupId, error, attempts);
  }
}
