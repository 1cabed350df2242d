import { Logger } from '@nestjs/common';
import { Kafka, LogEntry, logLevel } from 'kafkajs';

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
}

/**
 * Bounded producer retries are deliberate: the outbox keeps an unsent event
 * and retries it later, and consumers dedupe by event id, so kafkajs's
 * warning about them says nothing an operator can act on.
 */
const EXPECTED_WARNINGS = ['Limiting retries for the idempotent producer'];

function kafkaLog() {
  const logger = new Logger('kafkajs');
  return ({ level, log }: LogEntry) => {
    const text = `${log.message}${log.broker ? ` (broker ${log.broker})` : ''}${log.error ? `: ${log.error}` : ''}`;
    if (level === logLevel.ERROR) logger.error(text);
    else if (level === logLevel.WARN && !EXPECTED_WARNINGS.some((w) => log.message.startsWith(w))) logger.warn(text);
  };
}

/** One kafkajs client per process; quiet unless something is wrong. */
export function createKafka(connection: KafkaConnection): Kafka {
  return new Kafka({
    clientId: connection.clientId,
    brokers: connection.brokers,
    logLevel: logLevel.WARN,
    logCreator: () => kafkaLog(),
    retry: { initialRetryTime: 200, retries: 8 },
  });
}
