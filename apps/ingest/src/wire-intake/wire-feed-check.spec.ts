import { KafkaMessage } from 'kafkajs';
import type { Feed } from '../feeds/feed.entity';
import { IntakeError } from '../formats/intake-error';
import { WireFeedCheck } from './wire-feed-check';

const FEEDS = [
  { name: 'smart', disabled: false },
  { name: 'retired', disabled: true },
] as Feed[];
const registered = { find: async (name: string) => FEEDS.find((f) => f.name === name) ?? null };

function recordFrom(feed: string | undefined): KafkaMessage {
  return {
    headers: feed === undefined ? {} : { 'X-Feed-Id': feed },
    value: Buffer.from('x'),
  } as unknown as KafkaMessage;
}

describe('WireFeedCheck', () => {
  const check = new WireFeedCheck(registered, 'required');

  it('takes a record from a registered, enabled feed', async () => {
    await expect(check.admit(recordFrom('smart'))).resolves.toBeUndefined();
  });

  it.each([
    ['impostor', /no feed named "impostor" is registered/],
    ['retired', /feed retired is disabled/],
  ])('refuses a record from %s, naming the header', async (feed, reason) => {
    const refusal = await check.admit(recordFrom(feed)).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(IntakeError);
    expect(refusal).toMatchObject({
      code: 'FEED_REFUSED',
      pointer: 'x-feed-id',
      message: expect.stringMatching(reason),
    });
  });

  it('takes any name with FEED_AUTH=off, as HTTP does', async () => {
    await expect(new WireFeedCheck(registered, 'off').admit(recordFrom('impostor'))).resolves.toBeUndefined();
  });
});
