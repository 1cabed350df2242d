import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka } from 'kafkajs';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { HealthRegistry } from '@news/http';
import {
  MissingTopicsError,
  backoffDelay,
  pipelineTopicSpecs,
  provisionTopics,
  topicReplicationOf,
  withAdmin,
} from '@news/messaging';

/**
 * ingest is the pipeline's entry, so it makes sure the topics exist. In the
 * background, retrying: ingest takes posts into its outbox while the broker
 * is away, so the broker away at start-up must not stop it starting.
 * With KAFKA_CREATE_TOPICS=false (production: Strimzi's KafkaTopics own the
 * topics) it only checks, and readiness fails naming the missing topics.
 */
@Injectable()
export class TopicsProvisioner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('Topics');
  private readonly stopping = new AbortController();
  private provisioning?: Promise<void>;
  private missing?: MissingTopicsError;

  constructor(
    @Inject(Kafka) private readonly kafka: Kafka,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(HealthRegistry) health: HealthRegistry,
  ) {
    // Only where something else makes the topics: locally ingest makes them itself.
    if (config.kafka.createTopics === false)
      health.addReadiness({
        name: 'topics',
        check: () => (this.missing ? Promise.reject(this.missing) : Promise.resolve()),
      });
  }

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
        await this.provision();
        this.missing = undefined;
        return;
      } catch (error) {
        if (error instanceof MissingTopicsError) this.missing = error;
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
      provisionTopics(admin, pipelineTopicSpecs(this.config.kafka.topicPrefix), topicReplicationOf(this.config.kafka)),
    );
    if (created.length > 0) this.log.log(`created ${created.join(', ')}`);
  }
}
