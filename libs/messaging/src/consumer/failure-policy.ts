import { KafkaMessage } from 'kafkajs';

export interface InboundRecord {
  topic: string;
  partition: number;
  message: KafkaMessage;
}

/**
 * What the runner does when a record cannot be handled. This is the seam the
 * retry topics and dead letters plug into; the default below keeps every
 * record (it never skips a handler failure) and only drops what no retry can fix.
 */
export interface FailurePolicy {
  /** Undecodable, or violates the contract: retrying cannot help. */
  onPoison(record: InboundRecord, error: Error): Promise<void>;
  /** Delay before in-place attempt `attempt` (1-based), or null to give up on this batch. */
  retryDelayMs(attempt: number): number | null;
}

export interface PolicyLogger {
  error(message: string): void;
}

/**
 * Retries a failing handler in place with exponential backoff; after that the
 * batch is abandoned uncommitted and Kafka redelivers it. Poison is logged
 * with its coordinates and skipped so it cannot stall its partition.
 */
export class RetryInPlacePolicy implements FailurePolicy {
  constructor(
    private readonly logger: PolicyLogger,
    private readonly maxAttempts = 5,
    private readonly baseDelayMs = 200,
  ) {}

  async onPoison(record: InboundRecord, error: Error): Promise<void> {
    this.logger.error(`poison record ${record.topic}/${record.partition}@${record.message.offset} skipped: ${error.message}`);
  }

  retryDelayMs(attempt: number): number | null {
    if (attempt > this.maxAttempts) return null;
    return Math.min(this.baseDelayMs * 2 ** (attempt - 1), 10_000);
  }
}
