import { LogEntry, logLevel } from 'kafkajs';
import { kafkaLogLevel } from './kafka-factory';

const entry = (level: logLevel, message: string, error?: string): Pick<LogEntry, 'level' | 'log'> => ({
  level,
  log: { message, timestamp: '', logger: 'kafkajs', ...(error ? { error } : {}) },
});

describe('kafkaLogLevel', () => {
  it('keeps errors and warnings loud', () => {
    expect(kafkaLogLevel(entry(logLevel.ERROR, 'Connection error', 'connect ECONNREFUSED'))).toBe('error');
    expect(kafkaLogLevel(entry(logLevel.WARN, 'Request timed out'))).toBe('warn');
  });

  it('quiets what the project retries or expects: CONCURRENT_TRANSACTIONS, bounded idempotent retries', () => {
    const concurrent =
      'The producer attempted to update a transaction while another concurrent operation on the same transaction was ongoing';
    expect(kafkaLogLevel(entry(logLevel.ERROR, `Response AddOffsetsToTxn(key: 25, version: 1): ${concurrent}`))).toBe(
      null,
    );
    expect(kafkaLogLevel(entry(logLevel.ERROR, 'Failed to send messages', concurrent))).toBe(null);
    expect(kafkaLogLevel(entry(logLevel.WARN, 'Limiting retries for the idempotent producer to 8'))).toBe(null);
  });

  it('says nothing below warnings', () => {
    expect(kafkaLogLevel(entry(logLevel.INFO, 'Starting'))).toBe(null);
  });
});
