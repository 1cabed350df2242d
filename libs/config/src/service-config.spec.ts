import { ConfigError, loadServiceConfig } from './service-config';

describe('loadServiceConfig', () => {
  it('falls back to the local broker, database and cache', () => {
    const config = loadServiceConfig('ingest', 3001, {});
    expect(config.kafka.brokers).toEqual(['127.0.0.1:9092']);
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/test');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3001);
  });

  it('names the variable when a broker address is not host:port', () => {
    expect(() => loadServiceConfig('ingest', 3001, { KAFKA_BROKERS: 'kafka' })).toThrow(
      new ConfigError('KAFKA_BROKERS', 'entry "kafka" is not host:port'),
    );
  });

  it('refuses a port that is not a number', () => {
    expect(() => loadServiceConfig('ingest', 3001, { PORT: 'eighty' })).toThrow(/PORT must be an integer/);
  });

  it('refuses a topic prefix that could not name a topic safely', () => {
    expect(() => loadServiceConfig('ingest', 3001, { TOPIC_PREFIX: 'a.b' })).toThrow(/TOPIC_PREFIX may hold only/);
  });
});
