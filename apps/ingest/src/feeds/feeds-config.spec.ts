import { randomBytes } from 'node:crypto';
import { loadIngestConfig } from '../ingest-config';

describe('the feeds configuration', () => {
  it('requires feed authentication by default, with a 300 s replay window and a 24 h key grace period', () => {
    expect(loadIngestConfig({}).feeds).toEqual({
      auth: 'required',
      replayWindowSeconds: 300,
      keyGraceSeconds: 86_400,
      defaultRateLimitPerMinute: 600,
      secretKey: null,
      adminToken: null,
    });
  });

  it('may be turned off for local experiments, and nothing else', () => {
    expect(loadIngestConfig({ FEED_AUTH: 'off' }).feeds.auth).toBe('off');
    expect(() => loadIngestConfig({ FEED_AUTH: 'maybe' })).toThrow(
      'configuration: FEED_AUTH must be one of "required", "off", got "maybe"',
    );
  });

  it('reads FEED_SECRET_KEY as 32 bytes and stops with one line when it is not', () => {
    const key = randomBytes(32);
    expect(loadIngestConfig({ FEED_SECRET_KEY: key.toString('base64') }).feeds.secretKey).toEqual(key);
    expect(() => loadIngestConfig({ FEED_SECRET_KEY: 'secret' })).toThrow(
      /^configuration: FEED_SECRET_KEY must be 32 random bytes/,
    );
  });

  it('refuses an admin token short enough to guess', () => {
    expect(() => loadIngestConfig({ ADMIN_TOKEN: 'admin' })).toThrow(/ADMIN_TOKEN must be at least 16 characters/);
  });

  it('never echoes a bad key or token into the log', () => {
    expect(() => loadIngestConfig({ FEED_SECRET_KEY: 'hunter2' })).toThrow(/got a value of 7 characters$/);
    expect(() => loadIngestConfig({ ADMIN_TOKEN: 'hunter2' })).not.toThrow(/hunter2/);
  });
});
