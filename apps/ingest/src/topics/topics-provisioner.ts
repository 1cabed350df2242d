import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { pipelineTopicSpecs, provisionTopics } from '@news/messaging';

/** ingest is the pipeline's entry, so it makes sure the topics exist before it relays. */
@Injectable()
export class TopicsProvisioner implements OnModuleInit {
  constructor(
    @Inject(Kafka) private readonly kafka: Kafka,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const created = await provisionTopics(admin, pipelineTopicSpecs(this.config.kafka.topicPrefix));
      if (created.length > 0) new Logger('Topics').log(`created ${created.join(', ')}`);
    } finally {
      await admin.disconnect();
    }
  }
}
