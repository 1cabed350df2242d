import { Consumer, Kafka } from 'kafkajs';
import { headerText } from '@news/messaging';

/**
 * Counts every record on news.published.v1 by article and version, as a
 * downstream consumer sees them. A copy is a distinct record (partition and
 * offset): the tally's own consumer is at-least-once, and after the broker
 * restart it reads some records again, which are not copies in the topic.
 */
export class PublishedTally {
  readonly copies = new Map<string, number>();
  /** Records delivered to the tally more than once (its own redeliveries, not the pipeline's). */
  redeliveries = 0;
  private readonly positions = new Set<string>();
  readonly arrivals: number[] = [];
  private consumer?: Consumer;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly groupId: string,
  ) {}

  async start(): Promise<void> {
    this.consumer = this.kafka.consumer({
      groupId: this.groupId,
      sessionTimeout: 10_000,
      retry: { retries: 20, restartOnFailure: async () => true },
    });
    await this.consumer.connect();
    await this.subscribeWhenLed();
    await this.consumer.run({
      eachMessage: async ({ partition, message }) => {
        const position = `${partition}@${message.offset}`;
        if (this.positions.has(position)) return void this.redeliveries++;
        this.positions.add(position);
        const id = headerText(message.headers, 'ce_id') ?? `${message.key?.toString()}?`;
        this.copies.set(id, (this.copies.get(id) ?? 0) + 1);
        this.arrivals.push(Date.now());
      },
    });
  }

  /**
   * The services create the topic in the background; a subscribe in the
   * moment between its creation and its partitions getting a leader fails
   * with "This server does not host this topic-partition". Try again until
   * the broker has settled, as a downstream consumer would.
   */
  private async subscribeWhenLed(deadline = Date.now() + 60_000): Promise<void> {
    for (;;) {
      try {
        return await this.consumer!.subscribe({ topic: this.topic, fromBeginning: true });
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  get distinct(): number {
    return this.copies.size;
  }

  get duplicates(): number {
    return [...this.copies.values()].reduce((sum, n) => sum + n - 1, 0);
  }

  /** Milliseconds from `since` to the first record that arrived after it. */
  firstArrivalAfter(since: number): number | undefined {
    const next = this.arrivals.find((t) => t > since);
    return next === undefined ? undefined : next - since;
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
