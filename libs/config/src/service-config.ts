import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';
import { ConfigError, Env, envVar, parseEnv, refuse } from './env-schema';

const PREFIX = /^[a-z0-9_]*$/;

/**
 * Configuration shared by every service, read from the environment once at
 * start-up. A bad value stops the service with one line naming the variable.
 */
export interface ServiceConfig {
  service: string;
  port: number;
  /** Names this process to Kafka (transactional ids): INSTANCE_ID, else the pod's host name. */
  instanceId: string;
  kafka: KafkaSettings;
  /** How long a consumer may stay down (crashed, restarting) before the process exits non-zero. */
  consumerMaxDownMs: number;
  database: {
    url: string;
    schemaPrefix: string;
    /** Run migrations at start (under the advisory lock); false where a Job runs them and the role has no DDL rights. */
    migrate?: boolean;
  };
  redis: { url: string };
  shutdownTimeoutMs: number;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** Where spans go over OTLP/HTTP (the collector's base URL); unset: no tracing. */
  tracing: { otlpEndpoint?: string };
}

/** TLS towards the brokers: PEM contents read from the files the KAFKA_SSL_*_FILE variables name. */
export interface KafkaTls {
  ca?: string;
  cert?: string;
  key?: string;
}

export interface KafkaSasl {
  mechanism: 'scram-sha-512' | 'scram-sha-256' | 'plain';
  username: string;
  password: string;
}

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  topicPrefix: string;
  maxMessageBytes: number;
  /** Absent: plaintext. */
  tls?: KafkaTls;
  sasl?: KafkaSasl;
  /** true: ingest creates missing topics; false: the services only check that they exist (Strimzi owns them). */
  createTopics?: boolean;
  /** For topics the services create: replication factor and `min.insync.replicas`. */
  replicationFactor?: number;
  minInSyncReplicas?: number;
}

const flag = (fallback: 'true' | 'false') => envVar.oneOf(['true', 'false'], fallback);

const pemFile = () =>
  envVar.optionalText().check((ctx) => {
    if (ctx.value !== undefined && !existsSync(ctx.value))
      refuse(ctx, `must name a readable PEM file, got "${ctx.value}"`);
  });

/** What every service reads; each service extends it with its own variables. */
export const serviceEnv = (defaultPort: number) =>
  z.object({
    PORT: envVar.integer(defaultPort, 0),
    INSTANCE_ID: envVar.optionalText(),
    KAFKA_BROKERS: envVar.list('127.0.0.1:9092').check((ctx) => {
      const bad = ctx.value.find((broker) => !/^[^:\s]+:\d+$/.test(broker));
      if (bad !== undefined) refuse(ctx, `entry "${bad}" is not host:port`);
    }),
    KAFKA_CLIENT_ID: envVar.optionalText(),
    TOPIC_PREFIX: envVar.matching(PREFIX, '', 'hold only a-z, 0-9 and _'),
    // The broker's message.max.bytes (1 MiB by default); every hop checks records against it.
    KAFKA_MAX_MESSAGE_BYTES: envVar.integer(1_048_576, 64 * 1024),
    CONSUMER_MAX_DOWN_MS: envVar.integer(120_000, 1000),
    KAFKA_SSL: flag('false'),
    KAFKA_SSL_CA_FILE: pemFile(),
    KAFKA_SSL_CERT_FILE: pemFile(),
    KAFKA_SSL_KEY_FILE: pemFile(),
    KAFKA_SASL_MECHANISM: z
      .preprocess(
        (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
        z.enum(['scram-sha-512', 'scram-sha-256', 'plain']).optional(),
      )
      .meta({ must: 'be one of "scram-sha-512", "scram-sha-256", "plain"' }),
    KAFKA_SASL_USERNAME: envVar.optionalText(),
    KAFKA_SASL_PASSWORD: envVar.optionalText().meta({ secret: true }),
    KAFKA_CREATE_TOPICS: flag('true'),
    KAFKA_REPLICATION_FACTOR: envVar.integer(1, 1),
    KAFKA_MIN_INSYNC_REPLICAS: envVar.integer(1, 1),
    DATABASE_MIGRATE: flag('true'),
    DATABASE_URL: envVar.url('postgres://postgres@127.0.0.1:5432/test', ['postgres', 'postgresql']),
    PG_SCHEMA_PREFIX: envVar.matching(PREFIX, '', 'hold only a-z, 0-9 and _'),
    REDIS_URL: envVar.url('redis://127.0.0.1:6379', ['redis', 'rediss']),
    SHUTDOWN_TIMEOUT_MS: envVar.integer(20_000, 1000),
    LOG_LEVEL: envVar.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    // The OpenTelemetry name, so a collector's usual setup applies; the exporter's other OTEL_* it reads itself.
    OTEL_EXPORTER_OTLP_ENDPOINT: envVar.optionalUrl(['http', 'https']),
  });

export function loadServiceConfig(service: string, defaultPort: number, env: Env = process.env): ServiceConfig {
  return serviceConfigFrom(service, parseEnv(serviceEnv(defaultPort), env));
}

/** Shapes the validated variables of `serviceEnv` (or a schema extending it) into a ServiceConfig. */
export function serviceConfigFrom(service: string, vars: ServiceVars): ServiceConfig {
  return {
    service,
    port: vars.PORT,
    instanceId: vars.INSTANCE_ID ?? hostname(),
    kafka: {
      brokers: vars.KAFKA_BROKERS,
      clientId: vars.KAFKA_CLIENT_ID ?? service,
      topicPrefix: vars.TOPIC_PREFIX,
      maxMessageBytes: vars.KAFKA_MAX_MESSAGE_BYTES,
      tls: kafkaTls(vars),
      sasl: kafkaSasl(vars),
      createTopics: vars.KAFKA_CREATE_TOPICS === 'true',
      replicationFactor: vars.KAFKA_REPLICATION_FACTOR,
      minInSyncReplicas: kafkaMinInSync(vars),
    },
    consumerMaxDownMs: vars.CONSUMER_MAX_DOWN_MS,
    database: {
      url: vars.DATABASE_URL,
      schemaPrefix: vars.PG_SCHEMA_PREFIX,
      migrate: vars.DATABASE_MIGRATE === 'true',
    },
    redis: { url: vars.REDIS_URL },
    shutdownTimeoutMs: vars.SHUTDOWN_TIMEOUT_MS,
    logLevel: vars.LOG_LEVEL,
    tracing: { otlpEndpoint: vars.OTEL_EXPORTER_OTLP_ENDPOINT },
  };
}

type ServiceVars = z.infer<ReturnType<typeof serviceEnv>>;

function kafkaTls(vars: ServiceVars): KafkaTls | undefined {
  const files = { ca: vars.KAFKA_SSL_CA_FILE, cert: vars.KAFKA_SSL_CERT_FILE, key: vars.KAFKA_SSL_KEY_FILE };
  if ((files.cert === undefined) !== (files.key === undefined)) {
    const missing = files.cert === undefined ? 'KAFKA_SSL_CERT_FILE' : 'KAFKA_SSL_KEY_FILE';
    const given = files.cert === undefined ? 'KAFKA_SSL_KEY_FILE' : 'KAFKA_SSL_CERT_FILE';
    throw new ConfigError(given, `is set without ${missing}: a client certificate needs both`);
  }
  const anyFile = Object.values(files).some((f) => f !== undefined);
  if (vars.KAFKA_SSL !== 'true' && !anyFile) return undefined;
  const read = (file: string | undefined) => (file === undefined ? undefined : readPem(file));
  return { ca: read(files.ca), cert: read(files.cert), key: read(files.key) };
}

function readPem(file: string): string {
  return readFileSync(file, 'utf8');
}

function kafkaSasl(vars: ServiceVars): KafkaSasl | undefined {
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = vars;
  if (mechanism === undefined) {
    if (username !== undefined) throw new ConfigError('KAFKA_SASL_USERNAME', 'is set but KAFKA_SASL_MECHANISM is not');
    if (password !== undefined) throw new ConfigError('KAFKA_SASL_PASSWORD', 'is set but KAFKA_SASL_MECHANISM is not');
    return undefined;
  }
  if (username === undefined)
    throw new ConfigError('KAFKA_SASL_USERNAME', `is needed with KAFKA_SASL_MECHANISM=${mechanism}`);
  if (password === undefined)
    throw new ConfigError('KAFKA_SASL_PASSWORD', `is needed with KAFKA_SASL_MECHANISM=${mechanism}`);
  return { mechanism, username, password };
}

function kafkaMinInSync(vars: ServiceVars): number {
  if (vars.KAFKA_MIN_INSYNC_REPLICAS > vars.KAFKA_REPLICATION_FACTOR)
    throw new ConfigError(
      'KAFKA_MIN_INSYNC_REPLICAS',
      `must not exceed KAFKA_REPLICATION_FACTOR (${vars.KAFKA_REPLICATION_FACTOR}), got "${vars.KAFKA_MIN_INSYNC_REPLICAS}"`,
    );
  return vars.KAFKA_MIN_INSYNC_REPLICAS;
}

/** Nest injection token for the validated ServiceConfig. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
