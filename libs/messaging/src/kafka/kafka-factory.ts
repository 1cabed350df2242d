import { Logger } from '@nestjs/common';
import { Kafka, KafkaConfig, LogEntry, SASLOptions, logLevel } from 'kafkajs';

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
  /** TLS to the brokers (SSL or SASL_SSL listeners); PEM strings, each optional (no CA: the system's). */
  tls?: { ca?: string; cert?: string; key?: string };
  /** SASL on top of TLS or plaintext (SASL_SSL / SASL_PLAINTEXT listeners). */
  sasl?: { mechanism: 'scram-sha-512' | 'scram-sha-256' | 'plain'; username: string; password: string };
}

/**
 * Bounded producer retries are deliberate: the outbox keeps an unsent event
 * and retries it later, and consumers dedupe by event id, so kafkajs's
 * warning about them says nothing an operator can act on.
 */
const EXPECTED_WARNINGS = ['Limiting retries for the idempotent producer'];

/**
 * CONCURRENT_TRANSACTIONS right after a commit, while the broker writes its
 * markers: kafkajs logs it as an error, then the transactional sink retries
 * the send or AddOffsetsToTxn (concurrent-transactions.ts) and logs its own
 * error only if that fails. Left at error level it read as a fault in every
 * busy run and would page whoever alerts on error logs.
 */
const RETRIED_ERRORS = ['another concurrent operation on the same transaction'];

/** How loud a kafkajs log entry should be here: null when it is expected and handled. */
export function kafkaLogLevel({ level, log }: Pick<LogEntry, 'level' | 'log'>): 'error' | 'warn' | null {
  const text = `${log.message} ${log.error ?? ''}`;
  if (level === logLevel.ERROR) return RETRIED_ERRORS.some((e) => text.includes(e)) ? null : 'error';
  if (level === logLevel.WARN) return EXPECTED_WARNINGS.some((w) => log.message.startsWith(w)) ? null : 'warn';
  return null;
}

function kafkaLog() {
  const logger = new Logger('kafkajs');
  return (entry: LogEntry) => {
    const { log } = entry;
    const text = `${log.message}${log.broker ? ` (broker ${log.broker})` : ''}${log.error ? `: ${log.error}` : ''}`;
    const loudness = kafkaLogLevel(entry);
    if (loudness === 'error') logger.error(text);
    else if (loudness === 'warn') logger.warn(text);
  };
}

/** kafkajs's `ssl` and `sasl` options for a connection; neither when it is plaintext. */
export function kafkaSecurity(connection: KafkaConnection): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  const { tls, sasl } = connection;
  const ssl: KafkaConfig['ssl'] =
    tls === undefined
      ? undefined
      : tls.ca === undefined && tls.cert === undefined
        ? true
        : {
            ...(tls.ca !== undefined && { ca: [tls.ca] }),
            ...(tls.cert !== undefined && { cert: tls.cert }),
            ...(tls.key !== undefined && { key: tls.key }),
          };
  return {
    ...(ssl !== undefined && { ssl }),
    ...(sasl !== undefined && { sasl: { ...sasl } as SASLOptions }),
  };
}

/** One kafkajs client per process; quiet unless something is wrong. */
export function createKafka(connection: KafkaConnection): Kafka {
  return new Kafka({
    clientId: connection.clientId,
    brokers: connection.brokers,
    ...kafkaSecurity(connection),
    logLevel: logLevel.WARN,
    logCreator: () => kafkaLog(),
    retry: { initialRetryTime: 200, retries: 8 },
  });
}
