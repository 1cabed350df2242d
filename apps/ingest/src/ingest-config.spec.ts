import { loadIngestConfig } from './ingest-config';

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
});
