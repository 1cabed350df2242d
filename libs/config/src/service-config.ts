import { hostname } from 'node:os';

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

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function readString(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? fallback : value;
}

export function readInt(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new ConfigError(name, `must be an integer >= ${min}, got "${raw}"`);
  return value;
}

export function readList(env: Env, name: string, fallback: string): string[] {
  const list = readString(env, name, fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) throw new ConfigError(name, 'must name at least one value');
  return list;
}

function readPrefix(env: Env, name: string): string {
  const prefix = readString(env, name, '');
  if (!/^[a-z0-9_]*$/.test(prefix)) throw new ConfigError(name, `may hold only a-z, 0-9 and _, got "${prefix}"`);
  return prefix;
}

export function loadServiceConfig(service: string, defaultPort: number, env: Env = process.env): ServiceConfig {
  const brokers = readList(env, 'KAFKA_BROKERS', '127.0.0.1:9092');
  for (const broker of brokers) {
    if (!/^[^:\s]+:\d+$/.test(broker)) throw new ConfigError('KAFKA_BROKERS', `entry "${broker}" is not host:port`);
  }
  return {
    service,
    port: readInt(env, 'PORT', defaultPort, 0),
    instanceId: readString(env, 'INSTANCE_ID', hostname()),
    kafka: {
      brokers,
      clientId: readString(env, 'KAFKA_CLIENT_ID', service),
      topicPrefix: readPrefix(env, 'TOPIC_PREFIX'),
      // The broker's message.max.bytes (1 MiB by default); every hop checks records against it.
      maxMessageBytes: readInt(env, 'KAFKA_MAX_MESSAGE_BYTES', 1_048_576, 64 * 1024),
    },
    consumerMaxDownMs: readInt(env, 'CONSUMER_MAX_DOWN_MS', 120_000, 1000),
    database: {
      url: readString(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/test'),
      schemaPrefix: readPrefix(env, 'PG_SCHEMA_PREFIX'),
    },
    redis: { url: readString(env, 'REDIS_URL', 'redis://127.0.0.1:6379') },
    shutdownTimeoutMs: readInt(env, 'SHUTDOWN_TIMEOUT_MS', 20000, 1000),
    logLevel: readLogLevel(env),
  };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function readLogLevel(env: Env): string {
  const level = readString(env, 'LOG_LEVEL', 'info').toLowerCase();
  if (!LOG_LEVELS.includes(level))
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
  return level;
}

/** Nest injection token for the validated ServiceConfig. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
