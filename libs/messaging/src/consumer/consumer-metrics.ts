/** What a consuming stage reports; the Prometheus implementation lives in metrics/. */
export interface ConsumerMetrics {
  received(topic: string, count: number): void;
  handled(topic: string, seconds: number): void;
  emitted(topic: string, count: number): void;
  duplicates(topic: string, count: number): void;
  retried(topic: string): void;
  deadLettered(topic: string): void;
  lag(topic: string, partition: number, lag: number): void;
  /**
   * One Kafka transaction committed with this many consumed records: each
   * costs the broker a round of coordinator writes and markers whatever its
   * size, so small ones say the stage pays that overhead per article.
   */
  committed(topic: string, records: number): void;
}

export const noConsumerMetrics: ConsumerMetrics = {
  received: () => undefined,
  handled: () => undefined,
  emitted: () => undefined,
  duplicates: () => undefined,
  retried: () => undefined,
  deadLettered: () => undefined,
  lag: () => undefined,
  committed: () => undefined,
};
