import type { ConsumerMetrics } from '@news/messaging';
import { PipelineMetrics } from './pipeline-metrics';

/** The batch runner's reports, as Prometheus series. */
export function consumerMetricsOf(metrics: PipelineMetrics): ConsumerMetrics {
  return {
    received: (topic, count) => metrics.eventsIn.inc({ topic }, count),
    handled: (topic, seconds) => metrics.handlerSeconds.observe({ topic }, seconds),
    emitted: (topic, count) => metrics.eventsOut.inc({ topic }, count),
    duplicates: (topic, count) => metrics.duplicates.inc({ topic }, count),
    retried: (topic) => metrics.retries.inc({ topic }),
    deadLettered: (topic) => metrics.deadLetters.inc({ topic }),
    lag: (topic, partition, lag) => metrics.consumerLag.set({ topic, partition: String(partition) }, lag),
    committed: (topic, records) => metrics.transactionRecords.observe({ topic }, records),
  };
}
