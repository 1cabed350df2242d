import { Consumer, Kafka } from 'kafkajs';

export type ArrivalHandler = (articleId: string, version: number, at: number) => void;

/**
 * Reads news.published.v1 as a downstream subscriber would, with a fresh
 * group from the beginning, and reports each article version's arrival time
 * (performance.now(), the same clock the load driver stamps responses with).
 */
export class PublishedWatcher {
  private readonly consumer: Consumer;

  constructor(
    kafka: Kafka,
    private readonly topic: string,
    private readonly onArrival: ArrivalHandler,
  ) {
    this.consumer = kafka.consumer({
      groupId: `${topic}.bench-watcher`,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 50,
    });
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
    const joined = new Promise<void>((resolve) => this.consumer.on(this.consumer.events.GROUP_JOIN, () => resolve()));
    await this.consumer.run({
      eachBatch: ({ batch }) => {
        const at = performance.now();
        for (const message of batch.messages) {
          if (!message.key || !message.value) continue;
          this.onArrival(message.key.toString(), readVersion(message.value), at);
        }
        return Promise.resolve();
      },
    });
    await joined;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}

// The value is the article (ninjs); only its version matters here, and it
// sits near the top, so a regex spares parsing a 10 kB body per message.
function readVersion(value: Buffer): number {
  const match = /"version"\s*:\s*"?(\d+)/.exec(value.toString('utf8'));
  return match ? Number(match[1]) : 0;
}
