import { ingestEnv, loadIngestConfig } from './ingest-config';

describe('loadIngestConfig', () => {
  it('refuses a feed time zone that no page capture could be read in', () => {
    expect(() => loadIngestConfig({ FEED_TIME_ZONE: 'Mars/Olympus_Mons' })).toThrow(
      /FEED_TIME_ZONE must be an IANA time zone.*"Mars\/Olympus_Mons"/,
    );
  });

  it("takes the reference feed's zone by default and any IANA zone given", () => {
    expect(loadIngestConfig({}).feedTimeZone).toBe('Asia/Damascus');
    expect(loadIngestConfig({ FEED_TIME_ZONE: 'Europe/London' }).feedTimeZone).toBe('Europe/London');
  });

  it('keeps a quarter of the Kafka record limit for what later stages add', () => {
    expect(loadIngestConfig({ KAFKA_MAX_MESSAGE_BYTES: '1048576' }).maxEventBytes).toBe(786432);
  });

  it('bounds the posts in flight at 32 unless told otherwise', () => {
    expect(loadIngestConfig({}).maxInFlight).toBe(32);
    expect(loadIngestConfig({ INGEST_MAX_IN_FLIGHT: '200' }).maxInFlight).toBe(200);
  });
});

/** A value each variable must refuse; free text is listed apart, so a new variable without a case fails here. */
const REFUSED: Record<string, string> = {
  PORT: 'eighty',
  KAFKA_BROKERS: 'kafka',
  TOPIC_PREFIX: 'a.b',
  KAFKA_MAX_MESSAGE_BYTES: '1000',
  CONSUMER_MAX_DOWN_MS: '0',
  DATABASE_URL: 'mysql://db/test',
  PG_SCHEMA_PREFIX: 'News-',
  REDIS_URL: '127.0.0.1:6379',
  SHUTDOWN_TIMEOUT_MS: '10',
  LOG_LEVEL: 'loud',
  FEED_TIME_ZONE: 'Mars/Olympus_Mons',
  OUTBOX_LAG_DEGRADED_SECONDS: '0',
  MAX_BODY_BYTES: '1',
  INGEST_MAX_IN_FLIGHT: '0',
  MAX_ITEMS_PER_DOCUMENT: '0',
  DUPLICATE_MAX_DISTANCE: '4',
  FEED_AUTH: 'maybe',
  FEED_SECRET_KEY: 'secret',
  ADMIN_TOKEN: 'admin',
  FEED_REPLAY_WINDOW_SECONDS: '0',
  FEED_KEY_GRACE_HOURS: '-1',
  FEED_RATE_LIMIT_PER_MINUTE: 'many',
  POLL_FEEDS: '{',
  KAFKA_SSL: 'maybe',
  KAFKA_SSL_CA_FILE: '/nonexistent/ca.crt',
  KAFKA_SSL_CERT_FILE: '/nonexistent/client.crt',
  KAFKA_SSL_KEY_FILE: '/nonexistent/client.key',
  KAFKA_SASL_MECHANISM: 'kerberos',
  KAFKA_SASL_USERNAME: 'newsroom-ingest',
  KAFKA_SASL_PASSWORD: 'secret',
  KAFKA_CREATE_TOPICS: 'maybe',
  KAFKA_REPLICATION_FACTOR: '0',
  KAFKA_MIN_INSYNC_REPLICAS: '2',
  DATABASE_MIGRATE: 'maybe',
  OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
};
const FREE_TEXT = ['INSTANCE_ID', 'KAFKA_CLIENT_ID', 'DEFAULT_FEED'];

describe('every variable ingest reads', () => {
  it('has a refused value below, or is free text', () => {
    const untested = Object.keys(ingestEnv.shape).filter((name) => !(name in REFUSED) && !FREE_TEXT.includes(name));
    expect(untested).toEqual([]);
  });

  it.each(Object.entries(REFUSED).filter(([name]) => !FREE_TEXT.includes(name)))(
    'stops start-up on a bad %s with one line naming it',
    (name, value) => {
      expect(() => loadIngestConfig({ [name]: value })).toThrow(new RegExp(`^configuration: ${name} [^\\n]+$`));
    },
  );
});
