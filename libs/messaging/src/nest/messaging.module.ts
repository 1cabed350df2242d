import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { SERVICE_CONFIG, ServiceConfig } from '@news/config';
import { HealthModule, HealthRegistry, ReadinessCheck } from '@news/http';
import { createKafka } from '../kafka/kafka-factory';
import { withAdmin } from '../kafka/with-admin';
import { ArticleEventProducer } from '../producer/article-event-producer';

@Injectable()
class ProducerShutdown implements OnApplicationShutdown {
  constructor(@Inject(ArticleEventProducer) private readonly producer: ArticleEventProducer) {}
  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect();
  }
}

@Injectable()
class KafkaReadiness {
  constructor(@Inject(Kafka) kafka: Kafka, @Inject(HealthRegistry) health: HealthRegistry) {
    health.addReadiness(kafkaReadiness(kafka));
  }
}

/**
 * The Kafka client and the article producer, one of each per process: the
 * module is static, so every module that imports it shares them.
 */
@Module({
  imports: [HealthModule],
  providers: [
    { provide: Kafka, useFactory: (c: ServiceConfig) => createKafka(c.kafka), inject: [SERVICE_CONFIG] },
    {
      provide: ArticleEventProducer,
      useFactory: (kafka: Kafka, c: ServiceConfig) => new ArticleEventProducer(kafka, c.kafka.topicPrefix),
      inject: [Kafka, SERVICE_CONFIG],
    },
    KafkaReadiness,
    ProducerShutdown,
  ],
  exports: [Kafka, ArticleEventProducer],
})
export class MessagingModule {}

/**
 * No service's HTTP traffic needs the broker: ingest's outbox takes posts
 * while it is away, publish reads from Postgres, consumers only consume. So
 * the broker away is "degraded", never "unready": unready would take every
 * pod out of its Service exactly when the outbox is there to help. A consumer
 * that cannot recover shows in liveness instead.
 */
function kafkaReadiness(kafka: Kafka): ReadinessCheck {
  return {
    name: 'kafka',
    critical: false,
    check: async () => void (await withAdmin(kafka, (admin) => admin.describeCluster())),
  };
}
