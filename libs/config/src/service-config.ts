import { hostname } from 'node:os';
import { z } from 'zod';
import { Env, envVar, parseEnv, refuse } from './env-schema';

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
  kafka: { brokers: string[]; clientId: string; topicPrefix: string; maxMessageBytes: number };
  /** How long a consumer may stay down (crashed, restarting) before the process exits non-zero. */
  consumerMaxDownMs: number;
  database: { url: string; schemaPrefix: string };
  redis: { url: string };
  shutdownTimeoutMs: number;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
}

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
    DATABASE_URL: envVar.url('postgres://postgres@127.0.0.1:5432/test', ['postgres', 'postgresql']),
    PG_SCHEMA_PREFIX: envVar.matching(PREFIX, '', 'hold only a-z, 0-9 and _'),
    REDIS_URL: envVar.url('redis://127.0.0.1:6379', ['redis', 'rediss']),
    SHUTDOWN_TIMEOUT_MS: envVar.integer(20_000, 1000),
    LOG_LEVEL: envVar.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  });

export function loadServiceConfig(service: string, defaultPort: number, env: Env = process.env): ServiceConfig {
  return serviceConfigFrom(service, parseEnv(serviceEnv(defaultPort), env));
}

/** Shapes the validated variables of `serviceEnv` (or a schema extending it) into a ServiceConfig. */
export function serviceConfigFrom(service: string, vars: z.infer<ReturnType<typeof serviceEnv>>): ServiceConfig {
  return {
    service,
    port: vars.PORT,
    instanceId: vars.INSTANCE_ID ?? hostname(),
    kafka: {
      brokers: vars.KAFKA_BROKERS,
      clientId: vars.KAFKA_CLIENT_ID ?? service,
      topicPrefix: vars.TOPIC_PREFIX,
      maxMessageBytes: vars.KAFKA_MAX_MESSAGE_BYTES,
    },
    consumerMaxDownMs: vars.CONSUMER_MAX_DOWN_MS,
    database: { url: vars.DATABASE_URL, schemaPrefix: vars.PG_SCHEMA_PREFIX },
    redis: { url: vars.REDIS_URL },
    shutdownTimeoutMs: vars.SHUTDOWN_TIMEOUT_MS,
    logLevel: vars.LOG_LEVEL,
  };
}

/** Nest injection token for the validated ServiceConfig. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
