import { KafkaMessage } from 'kafkajs';
import type { AcceptArticleInput, AcceptedArticle } from '../articles/accept-article/accept-article.use-case';
import { IntakeError } from '../formats/intake-error';
import { WireRecordHandler } from './wire-record.handler';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title><language>en</language>
<item><guid>g1</guid><title>Shelling hits Douma</title><pubDate>Tue, 13 Feb 2018 09:56:59 GMT</pubDate><description>Shelling hit a market.</description></item>
<item><guid>g2</guid><title>Fighters take a village</title><pubDate>Tue, 13 Feb 2018 10:00:00 GMT</pubDate><description>The factions took it.</description></item>
</channel></rss>`;

function record(value: string | null, headers: Record<string, string>): KafkaMessage {
  return {
    key: null,
    value: value === null ? null : Buffer.from(value),
    headers,
    offset: '7',
    timestamp: '0',
    attributes: 0,
  };
}

describe('WireRecordHandler', () => {
  let accepted: AcceptArticleInput[];
  let warnings: string[];
  let handler: WireRecordHandler;

  beforeEach(() => {
    accepted = [];
    warnings = [];
    const accept = async (input: AcceptArticleInput): Promise<AcceptedArticle> => {
      accepted.push(input);
      return { articleId: input.parsed.guid!, uri: 'urn:x', version: 1, outcome: 'created' };
    };
    handler = new WireRecordHandler(
      accept,
      { timeZone: 'Asia/Damascus', maxBytes: 4096, maxItems: 200 },
      { warn: (message) => warnings.push(message) },
    );
  });

  it('accepts every story of the document for the feed its header names, with its correlation id', async () => {
    await handler.handle(
      record(RSS, { 'content-type': 'application/rss+xml', 'x-feed-id': 'wire-en', 'x-correlation-id': 'c-1' }),
    );
    expect(accepted.map((a) => [a.feed, a.parsed.guid, a.correlationId])).toEqual([
      ['wire-en', 'g1', 'c-1'],
      ['wire-en', 'g2', 'c-1'],
    ]);
  });

  it('reads the headers whatever their case, as HTTP would', async () => {
    await handler.handle(record(RSS, { 'Content-Type': 'application/rss+xml', 'X-Feed-Id': ' wire-en ' }));
    expect(accepted[0].feed).toBe('wire-en');
  });

  it('sniffs the format when the record has no content-type, as a post without one is', async () => {
    await handler.handle(record(RSS, { 'x-feed-id': 'wire-en' }));
    expect(accepted).toHaveLength(2);
  });

  it('stores the good items of a record with a bad one, warns of the refused one and counts it, without refusing the record', async () => {
    const oneBad = RSS.replace('<title>Fighters take a village</title>', '<title> </title>');
    const ingested = await handler.handle(
      record(oneBad, { 'content-type': 'application/rss+xml', 'x-feed-id': 'wire-en' }),
    );
    expect(accepted.map((a) => a.parsed.guid)).toEqual(['g1']);
    expect(ingested.refused).toMatchObject([{ index: 1, guid: 'g2', pointer: '/rss/channel/item[2]/title' }]);
    expect(warnings).toEqual([
      'record at offset 7 from feed wire-en: 1 of 2 items stored, 1 refused: #1 (g2) UNUSABLE at /rss/channel/item[2]/title: the item has no headline (/rss/channel/item[2]/title)',
    ]);
    await handler.handle(record(oneBad, { 'x-feed-id': 'wire-en' }));
    expect(handler.refusedItemCount).toBe(2);
  });

  it('warns of nothing when every item is stored', async () => {
    await handler.handle(record(RSS, { 'x-feed-id': 'wire-en' }));
    expect(warnings).toEqual([]);
    expect(handler.refusedItemCount).toBe(0);
  });

  async function refusal(message: KafkaMessage): Promise<IntakeError> {
    const error = await handler.handle(message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntakeError);
    return error as IntakeError;
  }

  it('refuses a record without a feed name, accepting nothing', async () => {
    expect(await refusal(record(RSS, { 'content-type': 'application/rss+xml' }))).toMatchObject({
      code: 'MALFORMED',
      message: 'the record has no x-feed-id header naming its feed',
    });
    expect(await refusal(record(RSS, { 'x-feed-id': '  ' }))).toMatchObject({ pointer: 'x-feed-id' });
    expect(accepted).toEqual([]);
  });

  it('applies the same rules as a post: empty, unknown media type, too large', async () => {
    expect(await refusal(record(null, { 'x-feed-id': 'f' }))).toMatchObject({
      code: 'MALFORMED',
      message: 'the body is empty',
    });
    expect(await refusal(record('%PDF', { 'x-feed-id': 'f', 'content-type': 'application/pdf' }))).toMatchObject({
      code: 'UNKNOWN_FORMAT',
    });
    expect(await refusal(record('x'.repeat(4097), { 'x-feed-id': 'f' }))).toMatchObject({
      code: 'TOO_LARGE',
      message: 'the document is 4097 bytes, larger than the limit of 4096 bytes',
    });
  });
});
