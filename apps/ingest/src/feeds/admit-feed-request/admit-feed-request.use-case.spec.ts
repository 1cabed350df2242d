import { randomBytes } from 'node:crypto';
import type { FeedsConfig } from '../../ingest-config';
import { generateFeedKey, hashFeedKey } from '../credentials/feed-key';
import { signRequest } from '../credentials/request-signature';
import { SeenSignatures } from '../credentials/seen-signatures';
import { SecretBox } from '../credentials/secret-box';
import { FeedAccessError } from '../feed-errors';
import { Feed } from '../feed.entity';
import { FeedsRepository } from '../feeds.repository';
import { RateDecision } from '../rate-limit/fixed-window-rate-limiter';
import { UNAUTHENTICATED_FLOOR_MS, AdmitFeedRequestUseCase, FeedRequest } from './admit-feed-request.use-case';

const NOW = new Date('2026-01-01T12:00:00Z');
const BODY = Buffer.from('a page capture');
const CONFIG: FeedsConfig = {
  auth: 'required',
  replayWindowSeconds: 300,
  keyGraceSeconds: 86_400,
  defaultRateLimitPerMinute: 600,
  secretKey: null,
  adminToken: null,
};

function aFeed(overrides: Partial<Feed> = {}): Feed {
  return {
    name: 'smart',
    keyHash: hashFeedKey('current-key'),
    previousKeyHash: null,
    previousKeyExpiresAt: null,
    requireSignature: false,
    signingSecretSealed: null,
    rateLimitPerMinute: 60,
    createdAt: NOW,
    disabled: false,
    priority: 0,
    ...overrides,
  };
}

function admitWith(
  feeds: Feed[],
  options: { secretBox?: SecretBox | null; decision?: RateDecision } = {},
): AdmitFeedRequestUseCase {
  const repository = {
    findForRequest: async (name: string) => feeds.find((f) => f.name === name) ?? null,
  } as unknown as FeedsRepository;
  const limiter = { check: async (): Promise<RateDecision> => options.decision ?? { allowed: true, remaining: 59 } };
  return new AdmitFeedRequestUseCase(
    repository,
    CONFIG,
    options.secretBox ?? null,
    limiter,
    () => NOW,
    rememberedSignatures(),
  );
}

/** SeenSignatures as Redis keeps them, in memory: the use case's contract without Redis. */
function rememberedSignatures(): SeenSignatures {
  const seen = new Set<string>();
  return {
    firstSighting: async (feed, signature) => !seen.has(`${feed}:${signature}`) && !!seen.add(`${feed}:${signature}`),
  };
}

async function refusal(admit: AdmitFeedRequestUseCase, request: Partial<FeedRequest>): Promise<FeedAccessError> {
  const error = await admit.execute({ body: BODY, ...request }).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof FeedAccessError)) throw new Error(`expected a FeedAccessError, got ${String(error)}`);
  return error;
}

describe('who may post', () => {
  it('admits a known feed with its key', async () => {
    expect(await admitWith([aFeed()]).execute({ feedId: 'smart', key: 'current-key', body: BODY })).toEqual({
      name: 'smart',
      rateLimitPerMinute: 60,
      remaining: 59,
    });
  });

  it('gives the same refusal for an unknown feed and a wrong key, so it never says which feeds exist', async () => {
    const admit = admitWith([aFeed()]);
    const unknown = await refusal(admit, { feedId: 'nobody', key: 'current-key' });
    const wrongKey = await refusal(admit, { feedId: 'smart', key: generateFeedKey() });
    expect([unknown.code, unknown.message]).toEqual(['UNAUTHENTICATED', 'the feed id or key is not valid']);
    expect([wrongKey.code, wrongKey.message]).toEqual([unknown.code, unknown.message]);
  });

  it('refuses a request without credentials, saying what to send', async () => {
    expect(await refusal(admitWith([aFeed()]), { feedId: 'smart' })).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/X-Feed-Id.*Bearer/),
    });
  });

  it('still accepts the previous key within the grace period after a rotation, and not after it', async () => {
    const rotated = aFeed({
      keyHash: hashFeedKey('new-key'),
      previousKeyHash: hashFeedKey('old-key'),
      previousKeyExpiresAt: new Date(NOW.getTime() + 1000),
    });
    await expect(admitWith([rotated]).execute({ feedId: 'smart', key: 'old-key', body: BODY })).resolves.toMatchObject({
      name: 'smart',
    });
    await expect(admitWith([rotated]).execute({ feedId: 'smart', key: 'new-key', body: BODY })).resolves.toMatchObject({
      name: 'smart',
    });
    const expired = { ...rotated, previousKeyExpiresAt: new Date(NOW.getTime() - 1000) };
    expect((await refusal(admitWith([expired]), { feedId: 'smart', key: 'old-key' })).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a disabled feed with its right key as FEED_DISABLED, and with a wrong key as UNAUTHENTICATED', async () => {
    const disabled = admitWith([aFeed({ disabled: true })]);
    expect((await refusal(disabled, { feedId: 'smart', key: 'current-key' })).code).toBe('FEED_DISABLED');
    expect((await refusal(disabled, { feedId: 'smart', key: 'wrong' })).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a feed over its rate limit with the seconds to wait', async () => {
    const error = await refusal(admitWith([aFeed()], { decision: { allowed: false, retryAfterSeconds: 17 } }), {
      feedId: 'smart',
      key: 'current-key',
    });
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 17 });
  });

  describe('a feed that signs', () => {
    const box = new SecretBox(randomBytes(32));
    const signer = aFeed({
      name: 'signer',
      requireSignature: true,
      signingSecretSealed: box.seal('the secret', 'signer'),
    });
    const nowSeconds = NOW.getTime() / 1000;
    const signed = (at: number, body = BODY): Partial<FeedRequest> => ({
      feedId: 'signer',
      key: 'current-key',
      timestamp: String(at),
      signature: signRequest('the secret', at, 'application/json', body),
      contentType: 'application/json',
      body,
    });

    it('is admitted with a good signature', async () => {
      await expect(
        admitWith([signer], { secretBox: box }).execute({ body: BODY, ...signed(nowSeconds) }),
      ).resolves.toMatchObject({ name: 'signer' });
    });

    it('is refused with a bad signature or none', async () => {
      const admit = admitWith([signer], { secretBox: box });
      expect((await refusal(admit, { ...signed(nowSeconds), body: Buffer.from('tampered') })).code).toBe(
        'BAD_SIGNATURE',
      );
      expect((await refusal(admit, { feedId: 'signer', key: 'current-key' })).code).toBe('BAD_SIGNATURE');
    });

    it('is refused as a replay when the same signed request comes again', async () => {
      const admit = admitWith([signer], { secretBox: box });
      await admit.execute({ body: BODY, ...signed(nowSeconds) });
      expect((await refusal(admit, signed(nowSeconds))).code).toBe('REPLAYED');
      await expect(admit.execute({ body: BODY, ...signed(nowSeconds + 1) })).resolves.toMatchObject({ name: 'signer' });
    });

    it('is refused outside the replay window', async () => {
      expect((await refusal(admitWith([signer], { secretBox: box }), signed(nowSeconds - 301))).code).toBe(
        'OUTSIDE_REPLAY_WINDOW',
      );
    });

    it('cannot be checked without FEED_SECRET_KEY, which is the service at fault, not the feed', async () => {
      expect((await refusal(admitWith([signer], { secretBox: null }), signed(nowSeconds))).code).toBe(
        'SIGNING_UNAVAILABLE',
      );
    });
  });

  it('answers an unknown feed and a wrong key no sooner than one floor, so timing cannot tell them apart', async () => {
    const admit = admitWith([aFeed()]);
    for (const request of [
      { feedId: 'nobody', key: 'current-key' },
      { feedId: 'smart', key: 'wrong-key' },
    ]) {
      const started = performance.now();
      expect((await refusal(admit, request)).code).toBe('UNAUTHENTICATED');
      expect(performance.now() - started).toBeGreaterThanOrEqual(UNAUTHENTICATED_FLOOR_MS);
    }
  });

  describe('a document of several stories', () => {
    it('is charged one more hit per story beyond the first, and refused whole over the limit', async () => {
      const charged: number[] = [];
      const repository = { findForRequest: async () => aFeed({ rateLimitPerMinute: 3 }) } as unknown as FeedsRepository;
      const limiter = {
        check: async (_feed: string, limit: number, hits = 1): Promise<RateDecision> => {
          charged.push(hits);
          return charged.reduce((a, b) => a + b, 1) <= limit
            ? { allowed: true, remaining: 0 }
            : { allowed: false, retryAfterSeconds: 30 };
        },
      };
      const admit = new AdmitFeedRequestUseCase(repository, CONFIG, null, limiter, () => NOW, rememberedSignatures());
      await admit.chargeStories('smart', 1);
      await admit.chargeStories('smart', 3);
      const refusal = await admit.chargeStories('smart', 2).catch((e: unknown) => e);
      expect(charged).toEqual([2, 1]);
      expect(refusal).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/3 stories a minute/) });
    });
  });
});
