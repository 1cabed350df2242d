import { loadServiceConfig } from './service-config';

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
      'configuration: KAFKA_BROKERS entry "kafka" is not host:port',
    );
  });

  it('refuses a port that is not a number', () => {
    expect(() => loadServiceConfig('ingest', 3001, { PORT: 'eighty' })).toThrow(/PORT must be an integer/);
  });

  it('refuses a topic prefix that could not name a topic safely', () => {
    expect(() => loadServiceConfig('ingest', 3001, { TOPIC_PREFIX: 'a.b' })).toThrow(
      /TOPIC_PREFIX must hold only a-z, 0-9 and _, got "a.b"/,
    );
  });

  it('refuses a log level pino does not know, and reads the ones it does', () => {
    expect(() => loadServiceConfig('ingest', 3001, { LOG_LEVEL: 'loud' })).toThrow(
      /LOG_LEVEL must be one of "fatal", "error", "warn", "info".*got "loud"/,
    );
    expect(loadServiceConfig('ingest', 3001, { LOG_LEVEL: 'WARN' }).logLevel).toBe('warn');
  });

  it('turns tracing on only for an http(s) collector endpoint', () => {
    expect(loadServiceConfig('ingest', 3001, {}).tracing.otlpEndpoint).toBeUndefined();
    expect(
      loadServiceConfig('ingest', 3001, { OTEL_EXPORTER_OTLP_ENDPOINT: ' ' }).tracing.otlpEndpoint,
    ).toBeUndefined();
    expect(
      loadServiceConfig('ingest', 3001, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing.otlpEndpoint,
    ).toBe('http://collector:4318');
    expect(() => loadServiceConfig('ingest', 3001, { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT must be a http:\/\/ or https:\/\/ URL/,
    );
  });

  it('refuses a Kafka record limit too small for any article, and a consumer bound of zero', () => {
    expect(() => loadServiceConfig('ingest', 3001, { KAFKA_MAX_MESSAGE_BYTES: '1000' })).toThrow(
      /KAFKA_MAX_MESSAGE_BYTES must be an integer >= 65536/,
    );
    expect(() => loadServiceConfig('ingest', 3001, { CONSUMER_MAX_DOWN_MS: '0' })).toThrow(
      /CONSUMER_MAX_DOWN_MS must be an integer >= 1000/,
    );
  });
});
