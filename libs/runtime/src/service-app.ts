import type { Server } from 'node:http';
import { DynamicModule, INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Kafka } from 'kafkajs';
import { ServiceConfig } from '@news/config';
import { HealthRegistry, ProblemDetailsFilter, ProblemMapper, answerClientErrorsWithProblems } from '@news/http';
import { KafkaBatchTransport, ProcessedEvents, topicReplicationOf, traceIdOf } from '@news/messaging';
import {
  PipelineMetrics,
  Tracing,
  consumerMetricsOf,
  startTracing,
  traceHttpRequests,
  withTraceFields,
} from '@news/observability';
import { Logger as PinoLogger } from 'nestjs-pino';
import { PROCESSED_EVENTS } from '@news/persistence';

/** Everything needed to start one service: its root module and how to wire it. */
export interface ServiceAppOptions {
  module: DynamicModule;
  config: ServiceConfig;
  /** Set for a stage that consumes topics through `@EventPattern` handlers. */
  consumes?: boolean;
  problems?: ProblemMapper;
  /** Let the app install its own body parsers (ingest reads raw bytes). */
  rawBody?: boolean;
  configure?: (app: INestApplication) => void;
}

/** The consumer group of a service; a topic prefix isolates test runs. */
export function consumerGroup(config: ServiceConfig): string {
  return config.kafka.topicPrefix ? `${config.kafka.topicPrefix}.${config.service}` : config.service;
}

/** Builds, wires and starts one service (HTTP plus its Kafka consumer). */
export async function startServiceApp(options: ServiceAppOptions): Promise<INestApplication> {
  const { config } = options;
  const app = await NestFactory.create(options.module, { bodyParser: !options.rawBody, bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  app.useGlobalFilters(new ProblemDetailsFilter(options.problems));
  // Says nothing a client needs and tells a prober which framework to aim at.
  (app.getHttpAdapter().getInstance() as { disable(setting: string): void }).disable('x-powered-by');
  answerClientErrorsWithProblems(app.getHttpServer() as Server);
  // First, so the span covers the app's own middleware (ingest's shedding and body parser) too.
  app.use(traceHttpRequests());
  options.configure?.(app);
  if (options.consumes) {
    const kafka = app.get(Kafka);
    const processed = app.get<symbol, ProcessedEvents>(PROCESSED_EVENTS);
    const transport = new KafkaBatchTransport({
      kafka,
      groupId: consumerGroup(config),
      topicPrefix: config.kafka.topicPrefix,
      processed,
      metrics: consumerMetricsOf(app.get(PipelineMetrics)),
      around: (event, work) =>
        withTraceFields(
          { correlationId: event.correlationId, eventId: event.id, traceId: traceIdOf(event.traceParent) },
          work,
        ),
      instanceId: config.instanceId,
      maxMessageBytes: config.kafka.maxMessageBytes,
      maxDownMs: config.consumerMaxDownMs,
      onGiveUp: () => exitForRestart(config.service),
      topicReplication: topicReplicationOf(config.kafka),
    });
    app.get(HealthRegistry).addLiveness({ name: 'consumer', check: () => transport.liveness() });
    app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });
    await app.startAllMicroservices();
  }
  await app.listen(config.port, '0.0.0.0');
  return app;
}

/**
 * A consumer that could not be brought back: exit non-zero so the
 * orchestrator restarts the process (liveness already says so).
 */
function exitForRestart(service: string): void {
  new Logger(service).error('a consumer stayed down past CONSUMER_MAX_DOWN_MS; exiting so the process is restarted');
  process.exit(70); // EX_SOFTWARE
}

/**
 * SIGTERM/SIGINT, from the first line of start-up. While starting there is
 * nothing in flight worth waiting for (migrations run in transactions, no
 * offset was handed out): exit at once. Once started: stop taking requests
 * and fetching, finish in-flight batches, commit, then close producers, the
 * database and Redis (the modules' shutdown hooks), all within the bound.
 */
class SignalHandling {
  private app?: INestApplication;
  private stopping = false;

  constructor(
    private readonly config: ServiceConfig,
    private readonly tracing: Tracing,
  ) {
    process.on('SIGTERM', () => this.stop('SIGTERM'));
    process.on('SIGINT', () => this.stop('SIGINT'));
  }

  started(app: INestApplication): void {
    this.app = app;
  }

  private stop(signal: string): void {
    if (!this.app) {
      // Nest buffers its log lines until the app is built: write this one straight out.
      process.stderr.write(`${this.config.service}: ${signal} while starting: exiting\n`);
      process.exit(0);
    }
    const log = new Logger(this.config.service);
    if (this.stopping) return;
    this.stopping = true;
    drain(this.app, this.config, signal, log, this.tracing);
  }
}

function drain(app: INestApplication, config: ServiceConfig, signal: string, log: Logger, tracing: Tracing): void {
  log.log(`${signal}: draining and stopping`);
  const deadline = setTimeout(() => {
    log.error(`shutdown took longer than ${config.shutdownTimeoutMs} ms; exiting`);
    process.exit(1);
  }, config.shutdownTimeoutMs);
  deadline.unref();
  app
    .close()
    // The last spans (the drained batches') are exported before the process goes.
    .then(() => tracing.shutdown())
    .then(() => process.exit(0))
    .catch((error: Error) => {
      log.error(`shutdown failed: ${error.message}`);
      process.exit(1);
    });
}

/** The main() of every service: config errors stop it with one clear line. */
export async function runService(load: () => ServiceAppOptions): Promise<void> {
  let options: ServiceAppOptions;
  let signals: SignalHandling;
  try {
    options = load();
    // Before the app is built, so every span it starts goes to the exporter.
    signals = new SignalHandling(
      options.config,
      startTracing(options.config.service, options.config.tracing, new Logger('tracing')),
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(78); // EX_CONFIG
  }
  const app = await startServiceApp(options).catch((error: Error) => {
    new Logger(options.config.service).error(`could not start: ${error.message}`);
    process.exit(1);
  });
  signals.started(app);
  const { port } = (app.getHttpServer() as import('node:net').Server).address() as import('node:net').AddressInfo;
  new Logger(options.config.service).log(`listening on :${port}`);
}
