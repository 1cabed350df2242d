import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka } from 'kafkajs';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { backoffDelay, pipelineTopicSpecs, provisionTopics, withAdmin } from '@news/messaging';

/**
 * ingest is the pipeline's entry, so it makes sure the topics exist. In the
 * background, retrying: ingest takes posts into its outbox while the broker
 * is away, so the broker away at start-up must not stop it starting.
 */
@Injectable()
export class TopicsProvisioner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('Topics');
  private readonly stopping = new AbortController();
  private provisioning?: Promise<void>;

  constructor(
    @Inject(Kafka) private readonly kafka: Kafka,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.provisioning = this.provisionUntilDone();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.provisioning;
  }

  private async provisionUntilDone(): Promise<void> {
    for (let attempt = 0; !this.stopping.signal.aborted; attempt++) {
      try {
        return await this.provision();
      } catch (error) {
        const delay = backoffDelay(attempt, { baseMs: 500, maxMs: 15_000 });
        this.log.warn(
          `could not make the pipeline's topics (${(error as Error).message}); trying again in ${delay} ms`,
        );
        await sleep(delay, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      }
    }
  }

  private async provision(): Promise<void> {
    const created = await withAdmin(this.kafka, (admin) =>
      provisionTopics(admin, pipelineTopicSpecs(this.config.kafka.topicPrefix)),
    );
    if (created.length > 0) this.log.log(`created ${created.join(', ')}`);
  }
}
