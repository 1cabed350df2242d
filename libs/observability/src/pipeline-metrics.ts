import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The Prometheus metrics of one service process. Stage metrics are labelled
 * by topic, so one dashboard reads every stage; process metrics (RSS, event
 * loop lag, GC) come from prom-client's defaults.
 */
export class PipelineMetrics {
  readonly registry = new Registry();
  readonly eventsIn = new Counter({
    name: 'news_events_in_total',
    help: 'Records read, by topic',
    labelNames: ['topic'],
    registers: [this.registry],
  });
  readonly eventsOut = new Counter({
    name: 'news_events_out_total',
    help: 'Records committed to a topic',
    labelNames: ['topic'],
    registers: [this.registry],
  });
  readonly handlerSeconds = new Histogram({
    name: 'news_handler_duration_seconds',
    help: 'Time a stage handler took per event',
    labelNames: ['topic'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly transactionRecords = new Histogram({
    name: 'news_transaction_records',
    help: 'Consumed records committed in one Kafka transaction, by source topic',
    labelNames: ['topic'],
    buckets: [1, 2, 5, 10, 20, 50, 100, 200],
    registers: [this.registry],
  });
  readonly duplicates = new Counter({
    name: 'news_duplicate_events_total',
    help: 'Events skipped as already applied',
    labelNames: ['topic'],
    registers: [this.registry],
  });
  readonly retries = new Counter({
    name: 'news_retries_total',
    help: 'Events sent to a retry topic',
    labelNames: ['topic'],
    registers: [this.registry],
  });
  readonly deadLetters = new Counter({
    name: 'news_dead_letters_total',
    help: 'Events sent to a dead-letter topic',
    labelNames: ['topic'],
    registers: [this.registry],
  });
  readonly consumerLag = new Gauge({
    name: 'news_consumer_lag',
    help: 'Records behind the high watermark at the last fetch',
    labelNames: ['topic', 'partition'],
    registers: [this.registry],
  });
  readonly outboxBacklog = new Gauge({
    name: 'news_outbox_backlog',
    help: 'Events in the outbox not yet relayed',
    registers: [this.registry],
  });
  readonly outboxLagSeconds = new Gauge({
    name: 'news_outbox_lag_seconds',
    help: 'Age of the oldest event in the outbox',
    registers: [this.registry],
  });
  readonly outboxParked = new Gauge({
    name: 'news_outbox_parked',
    help: 'Outbox events the relay gave up on (npm run outbox -- list)',
    registers: [this.registry],
  });

  readonly shedRequests = new Counter({
    name: 'news_http_shed_total',
    help: 'Requests answered 503 at once because the in-flight limit was reached',
    labelNames: ['route'],
    registers: [this.registry],
  });
  readonly requestsInFlight = new Gauge({
    name: 'news_http_requests_in_flight',
    help: 'Requests being worked on under the in-flight limit',
    labelNames: ['route'],
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }
}
