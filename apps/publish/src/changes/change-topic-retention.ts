import { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigResourceTypes, Kafka } from 'kafkajs';
import { Topics, physicalTopic } from '@news/contracts';
import { withAdmin } from '@news/messaging';

/**
 * Sets `retention.ms` of the change topic to publish's CHANGES_RETENTION_MS.
 * The topic is made (by ingest, from TOPIC_SPECS) with the default of 30
 * days; publish owns the topic's content, so it owns how long it is kept.
 * In the background and retrying: the topic may not exist yet at start-up.
 */
export class ChangeTopicRetention {
  private readonly log = new Logger('ChangeTopic');
  private readonly stopping = new AbortController();
  private running?: Promise<void>;

  constructor(
    private readonly kafka: Kafka,
    private readonly topicPrefix: string,
    private readonly retentionMs: number,
  ) {}

  start(): void {
    this.running = this.applyUntilDone();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
  }

  private async applyUntilDone(): Promise<void> {
    const topic = physicalTopic(this.topicPrefix, Topics.publishedChanges);
    for (let attempt = 0; attempt < 60 && !this.stopping.signal.aborted; attempt++) {
      try {
        await withAdmin(this.kafka, async (admin) => {
          if (!(await admin.listTopics()).includes(topic)) throw new Error(`${topic} does not exist yet`);
          await admin.alterConfigs({
            validateOnly: false,
            resources: [
              {
                type: ConfigResourceTypes.TOPIC,
                name: topic,
                configEntries: [{ name: 'retention.ms', value: String(this.retentionMs) }],
              },
            ],
          });
        });
        return;
      } catch (error) {
        if (attempt === 59) this.log.warn(`could not set retention.ms on ${topic}: ${(error as Error).message}`);
        await sleep(1000, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      }
    }
  }
}
