import { setTimeout as sleep } from 'node:timers/promises';
import { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import {
  ArticleEvent,
  ArticleEventType,
  CloudEventHeaders,
  EVENT_TYPE_BY_TOPIC,
  TopicName,
  physicalTopic,
} from '@news/contracts';
import { PoisonMessage, decodeArticleEvent, headerText } from '../cloud-events/article-event-codec';
import {
  DEFAULT_MAX_MESSAGE_BYTES,
  EventTooLarge,
  FAILURE_TOPIC_HEADROOM_BYTES,
  recordBytes,
} from '../kafka/message-limits';
import { TopicReplication, provisionTopics, waitForTopics } from '../kafka/topic-provisioner';
import { withAdmin } from '../kafka/with-admin';
import { ConsumerMetrics, noConsumerMetrics } from './consumer-metrics';
import {
  ConsumerLiveness,
  ConsumerSession,
  ConsumerSupervisor,
  JOIN_DEADLINE_MS,
  SupervisorLogger,
  withinDeadline,
} from './consumer-supervisor';
import {
  RoutedMessage,
  deadLetterTopicFor,
  failedAttemptsOf,
  notBeforeOf,
  originalTopicOf,
  retryTopicFor,
  toDeadLetter,
  toRetry,
} from '../dead-letters/dead-letters';
import { InboundRecord, RetryPolicy } from './failure-policy';
import { PartitionDelays } from './partition-delays';
import { ProcessedEvents, rememberNothing } from './processed-events';
import { ArticleEventHandler, encodeOutputs } from './stage-output';
import { TransactionalSink, transactionalIdFor } from './transactional-sink';
import { isTransientInfrastructureError } from './transient-errors';
import { handleInSpan } from '../tracing/consumer-span';
import { sendTraced } from '../tracing/producer-spans';

export type RunnerLogger = SupervisorLogger;

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
  /** Names this process in its producers' transactional ids (the pod name). */
  instanceId?: string;
  /** The broker's record limit; an output over it is dead-lettered, never sent. */
  maxMessageBytes?: number;
  /** How long the consumer may stay down before the runner gives up (see ConsumerSupervisor). */
  maxDownMs?: number;
  onGiveUp?: (error: Error) => void;
  /** How retry and dead-letter topics are made (or, with create: false, only checked). */
  topicReplication?: TopicReplication;
  /** Wraps each handler call, e.g. to put the event's correlation id on every log line. */
  around?: <T>(event: ArticleEvent, work: () => Promise<T>) => Promise<T>;
}

interface RecordResult {
  outputs: RoutedMessage[];
  appliedEventId?: string;
}

/** What one consumer session sends through and schedules on; closed with it. */
interface Session {
  sink: TransactionalSink;
  delays: PartitionDelays;
  /** Ends the session: the supervisor closes it and opens a new one. */
  crash: (error: Error) => void;
  failed: boolean;
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
 * versions) in order. A ConsumerSupervisor restarts the consumer after any
 * crash; a retry that is not yet due pauses only its own partition.
 */
export class BatchRunner {
  private readonly supervisor: ConsumerSupervisor;
  private readonly policy: RetryPolicy;
  private readonly processed: ProcessedEvents;
  private readonly metrics: ConsumerMetrics;
  private readonly maxMessageBytes: number;
  private readonly sources = new Map<string, ArticleEventHandler>();
  private readonly retryTopics = new Set<string>();
  /** Physical source topic -> the event type the contract says it carries. */
  private readonly expectedTypes = new Map<string, ArticleEventType>();
  /** One per runner, kept across sessions: see transactionalIdFor. */
  private readonly transactionalId: string;

  constructor(private readonly options: BatchRunnerOptions) {
    this.policy = options.policy ?? new RetryPolicy();
    this.processed = options.processed ?? rememberNothing;
    this.metrics = options.metrics ?? noConsumerMetrics;
    this.maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    const typeByPhysical = new Map(
      Object.entries(EVENT_TYPE_BY_TOPIC).map(([name, type]) => [
        physicalTopic(options.topicPrefix, name as TopicName),
        type,
      ]),
    );
    for (const [topic, handler] of options.handlers) {
      const expected = typeByPhysical.get(topic);
      if (expected) this.expectedTypes.set(topic, expected);
      this.sources.set(topic, handler);
      this.sources.set(retryTopicFor(topic, options.groupId), handler);
      this.retryTopics.add(retryTopicFor(topic, options.groupId));
    }
    this.transactionalId = transactionalIdFor(options.groupId, options.instanceId ?? 'local');
    this.supervisor = new ConsumerSupervisor({
      name: `consumer ${options.groupId}`,
      open: (signal, onCrash) => this.open(signal, onCrash),
      logger: options.logger,
      maxDownMs: options.maxDownMs ?? 120_000,
      onGiveUp: options.onGiveUp ?? (() => undefined),
    });
  }

  /** Resolves once the consumer runs (waiting for its topics if need be), or when stopped first. */
  start(): Promise<void> {
    return this.supervisor.start();
  }

  /** Stops fetching, lets in-flight chunks commit, and leaves the group. */
  stop(): Promise<void> {
    return this.supervisor.stop();
  }

  liveness(): ConsumerLiveness {
    return this.supervisor.liveness();
  }

  private async open(signal: AbortSignal, onCrash: (error: Error) => void): Promise<ConsumerSession> {
    const { kafka, groupId } = this.options;
    await this.prepareTopics(signal);
    const session: Session = {
      sink: new TransactionalSink(kafka, groupId, this.transactionalId),
      delays: new PartitionDelays(),
      crash: onCrash,
      failed: false,
    };
    const consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      // A member killed outright holds its partitions until this expires.
      sessionTimeout: 10_000,
      heartbeatInterval: 2_000,
      // The supervisor owns every restart: one path, bounded, with jitter.
      retry: { retries: 5, restartOnFailure: () => Promise.resolve(false) },
    });
    const close = async () => {
      session.delays.clear();
      await consumer.disconnect().catch(() => undefined);
      await session.sink.disconnect().catch(() => undefined);
    };
    try {
      consumer.on(consumer.events.CRASH, ({ payload }) => onCrash(payload.error));
      consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => this.commitControlOnlyBatch(payload, session));
      this.options.logger.log(`${groupId}: joining the group`);
      await withinDeadline(this.connectAndRun(consumer, session), JOIN_DEADLINE_MS, `joining ${groupId}`);
      this.options.logger.log(`${groupId}: consuming`);
    } catch (error) {
      await close();
      throw error;
    }
    return { close };
  }

  private async connectAndRun(consumer: Consumer, session: Session): Promise<void> {
    // First the producer: it finishes any transaction this process left open, so the offsets read next are final.
    await session.sink.prepare();
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.sources.keys()], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(payload, session),
    });
  }

  /** The source topics are another service's to make: wait for them. Retry and dead-letter topics are ours. */
  private async prepareTopics(signal: AbortSignal): Promise<void> {
    const sources = [...this.options.handlers.keys()];
    const failureTopics = sources.flatMap((topic) => [
      retryTopicFor(topic, this.options.groupId),
      deadLetterTopicFor(topic),
    ]);
    const maxMessageBytes = this.maxMessageBytes + FAILURE_TOPIC_HEADROOM_BYTES;
    await withAdmin(this.options.kafka, async (admin) => {
      await waitForTopics(admin, sources, (m) => this.options.logger.log(`${this.options.groupId}: ${m}`), signal);
      await provisionTopics(
        admin,
        failureTopics.map((name) => ({ name, partitions: 3, compacted: false, maxMessageBytes })),
        this.options.topicReplication,
      );
    });
  }

  private async handleBatch(payload: EachBatchPayload, session: Session): Promise<void> {
    const { batch } = payload;
    const handler = this.sources.get(batch.topic);
    if (!handler) throw new Error(`no handler for topic ${batch.topic}`);
    if (session.failed) return; // being replaced: the next session reads from the committed offsets
    this.metrics.received(batch.topic, batch.messages.length);
    this.metrics.lag(
      batch.topic,
      batch.partition,
      Math.max(0, Number(batch.highWatermark) - Number(batch.firstOffset() ?? batch.highWatermark)),
    );
    const seen = await this.processed.seen(
      batch.messages.map((m) => headerText(m.headers, CloudEventHeaders.id)).filter((id): id is string => !!id),
    );
    let pending = new PendingCommit();
    for (const message of batch.messages) {
      if (!this.canContinue(payload)) break;
      const record: InboundRecord = { topic: batch.topic, partition: batch.partition, message };
      const due = this.dueAt(record);
      if (due > Date.now()) {
        // Not yet due: commit what came before, then pause this partition alone until it is.
        if (await this.commit(pending, payload, session)) session.delays.pauseUntil(due, () => payload.pause());
        return;
      }
      const result = await this.processRecord(handler, record, seen, payload);
      if (!result) break;
      pending.add(message.offset, result);
      if (pending.count >= (this.options.maxRecordsPerTransaction ?? 200)) {
        if (!(await this.commit(pending, payload, session))) return;
        pending = new PendingCommit();
      }
      await payload.heartbeat();
    }
    await this.commit(pending, payload, session);
  }

  /**
   * When a record may be handled. Only the group's own retry topics delay,
   * and never longer than the policy's longest delay after the record was
   * written: a far-future `x-not-before` from elsewhere cannot hold anything up.
   */
  private dueAt(record: InboundRecord): number {
    if (!this.retryTopics.has(record.topic)) return 0;
    return Math.min(notBeforeOf(record), Number(record.message.timestamp) + this.policy.maxDelayMs);
  }

  private canContinue(payload: EachBatchPayload): boolean {
    return payload.isRunning() && !payload.isStale();
  }

  /**
   * Commits a chunk; false when the commit failed. Whether a failed commit
   * landed is unknowable here (the broker may have gone away after writing
   * it), and retrying the batch from this consumer's own position would
   * produce its outputs twice if it had. So the session ends instead: the
   * next one's producer settles the open transaction, and its consumer
   * resumes from the group's committed offset, which says what landed.
   */
  private async commit(pending: PendingCommit, payload: EachBatchPayload, session: Session): Promise<boolean> {
    if (pending.lastOffset === undefined) return true;
    const { batch } = payload;
    // Done with the whole batch: commit past any transaction markers after its last record too.
    const last =
      batch.messages[batch.messages.length - 1]?.offset === pending.lastOffset
        ? batch.lastOffset()
        : pending.lastOffset;
    try {
      await sendTraced(pending.outputs, (outputs) =>
        session.sink.commit(outputs, {
          topic: batch.topic,
          partition: batch.partition,
          next: String(Number(last) + 1),
        }),
      );
    } catch (error) {
      if (!session.failed) {
        session.failed = true;
        session.crash(error instanceof Error ? error : new Error(String(error)));
      }
      return false;
    }
    payload.resolveOffset(pending.lastOffset);
    this.metrics.committed(batch.topic, pending.count);
    for (const output of pending.outputs) this.metrics.emitted(output.topic, 1);
    await this.processed
      .record(pending.applied)
      .catch((error: Error) => this.options.logger.warn(`could not record processed events: ${error.message}`));
    return true;
  }

  /**
   * A fetch that held only transaction markers never reaches eachBatch, and
   * with autoCommit off its offset would never be committed: the group would
   * show lag that is not work. Commit it like any other chunk.
   */
  private commitControlOnlyBatch(
    batch: { topic: string; partition: number; batchSize: number; lastOffset: string },
    session: Session,
  ): void {
    if (batch.batchSize !== 0 || Number(batch.lastOffset) < 0) return;
    session.sink
      .commit([], { topic: batch.topic, partition: batch.partition, next: String(Number(batch.lastOffset) + 1) })
      .catch((error: Error) =>
        this.options.logger.warn(
          `could not commit past transaction markers on ${batch.topic}/${batch.partition}: ${error.message}`,
        ),
      );
  }

  /** The record's outputs, or null when shutdown interrupted it (it will be read again). */
  private async processRecord(
    handler: ArticleEventHandler,
    record: InboundRecord,
    seen: Set<string>,
    payload: EachBatchPayload,
  ): Promise<RecordResult | null> {
    let event: ArticleEvent;
    try {
      event = decodeArticleEvent(record.message, this.expectedTypes.get(originalTopicOf(record)));
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
      const outputs = await handleInSpan(record, event, this.options.groupId, () =>
        this.runHandler(handler, event, record, payload),
      );
      if (outputs === null) return null;
      seen.add(event.id); // a copy later in this same batch is a duplicate too
      this.metrics.handled(originalTopicOf(record), Number(process.hrtime.bigint() - started) / 1e9);
      return { outputs, appliedEventId: event.id };
    } catch (error) {
      if (error instanceof EventTooLarge)
        return { outputs: [this.deadLetter(record, error, failedAttemptsOf(record) + 1)] };
      return { outputs: [this.routeFailure(record, event, error as Error)] };
    }
  }

  /** Tries the handler in place; waits out infrastructure outages without spending attempts. */
  private async runHandler(
    handler: ArticleEventHandler,
    event: ArticleEvent,
    record: InboundRecord,
    payload: EachBatchPayload,
  ): Promise<RoutedMessage[] | null> {
    for (let attempt = 0, outage = 0; ;) {
      try {
        const around = this.options.around ?? ((_event, work) => work());
        return this.checkedSizes(
          encodeOutputs(event, await around(event, () => handler(event, record)), this.options.topicPrefix),
        );
      } catch (error) {
        if (error instanceof EventTooLarge) throw error;
        if (!this.canContinue(payload)) return null;
        if (isTransientInfrastructureError(error)) {
          this.options.logger.warn(
            `dependency unavailable while handling ${event.id}, waiting: ${(error as Error).message}`,
          );
          await sleep(this.policy.outageDelayMs(outage++));
          await payload.heartbeat();
          continue;
        }
        if (++attempt >= this.policy.inPlaceAttempts) throw error;
        await sleep(this.policy.inPlaceDelayMs(attempt));
      }
    }
  }

  /** An output the broker would refuse would fail its whole transaction, again and again: refuse it here. */
  private checkedSizes(outputs: RoutedMessage[]): RoutedMessage[] {
    for (const output of outputs) {
      const bytes = recordBytes(output.message);
      if (bytes > this.maxMessageBytes) throw new EventTooLarge(bytes, this.maxMessageBytes, `${output.topic} event`);
    }
    return outputs;
  }

  private routeFailure(record: InboundRecord, event: ArticleEvent, error: Error): RoutedMessage {
    const attempts = failedAttemptsOf(record) + 1;
    const decision = this.policy.decide(attempts);
    const where = `${record.topic}/${record.partition}@${record.message.offset} (event ${event.id}, correlation ${event.correlationId})`;
    if (decision.kind === 'dead-letter') return this.deadLetter(record, error, attempts);
    this.metrics.retried(originalTopicOf(record));
    this.options.logger.warn(
      `attempt ${attempts} failed for ${where}, retrying in ${decision.delayMs} ms: ${error.message}`,
    );
    return toRetry(record, this.options.groupId, error, attempts, decision.delayMs);
  }

  private deadLetter(record: InboundRecord, error: Error, attempts: number): RoutedMessage {
    this.metrics.deadLettered(originalTopicOf(record));
    this.options.logger.error(
      `dead-lettering ${record.topic}/${record.partition}@${record.message.offset} after ${attempts} attempt(s): ${error.message}`,
    );
    return toDeadLetter(
      record,
      this.options.groupId,
      error,
      attempts,
      this.maxMessageBytes + FAILURE_TOPIC_HEADROOM_BYTES,
    );
  }
}
