import { IntakeError } from '../../formats/intake-error';
import type { AcceptArticleInput, AcceptOutcome, AcceptedArticle } from '../accept-article/accept-article.use-case';
import { ingestDocument } from './ingest-document';

const RSS = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title><language>en</language>
<item><guid>g1</guid><title>Shelling hits Douma</title><pubDate>Tue, 13 Feb 2018 09:56:59 GMT</pubDate><description>Shelling hit a market.</description></item>
<item><guid>g2</guid><title>Fighters take a village</title><pubDate>Tue, 13 Feb 2018 10:00:00 GMT</pubDate><description>The factions took it.</description></item>
<item><guid>g3</guid><title>Schools reopen in Idlib</title><pubDate>Tue, 13 Feb 2018 10:30:00 GMT</pubDate><description>Three schools reopened.</description></item>
</channel></rss>`);

/** A store that answers each guid with the outcome the test gives it, and keeps what it was asked. */
function storeAnswering(outcomes: Record<string, AcceptOutcome>) {
  const asked: AcceptArticleInput[] = [];
  const accept = async (input: AcceptArticleInput): Promise<AcceptedArticle> => {
    asked.push(input);
    return {
      articleId: input.parsed.guid!,
      uri: `urn:${input.parsed.guid}`,
      version: 1,
      outcome: outcomes[input.parsed.guid!],
    };
  };
  return { asked, accept };
}

const document = {
  feed: 'wire-en',
  body: RSS,
  contentType: 'application/rss+xml',
  correlationId: 'c-9',
  timeZone: 'UTC',
  maxItems: 200,
};

describe('ingestDocument', () => {
  it("accepts each story in the document's order, for the feed, with the correlation id", async () => {
    const store = storeAnswering({ g1: 'created', g2: 'created', g3: 'created' });
    await ingestDocument(document, store.accept);
    expect(store.asked.map((a) => [a.feed, a.parsed.guid, a.correlationId])).toEqual([
      ['wire-en', 'g1', 'c-9'],
      ['wire-en', 'g2', 'c-9'],
      ['wire-en', 'g3', 'c-9'],
    ]);
  });

  it('counts what it queued for the pipeline apart from what merely changed', async () => {
    const store = storeAnswering({ g1: 'new-version', g2: 'duplicate', g3: 'unchanged' });
    const ingested = await ingestDocument(document, store.accept);
    expect(ingested).toMatchObject({ queued: 1, changed: 2 });
    expect(ingested.articles.map((a) => a.outcome)).toEqual(['new-version', 'duplicate', 'unchanged']);
  });

  it('queues nothing for a re-post of what is stored', async () => {
    const store = storeAnswering({ g1: 'unchanged', g2: 'unchanged', g3: 'unchanged' });
    expect(await ingestDocument(document, store.accept)).toMatchObject({ queued: 0, changed: 0 });
  });

  it("stores the good items of a feed with a bad one and lists every item's outcome in document order", async () => {
    const store = storeAnswering({ g1: 'created', g3: 'unchanged' });
    const oneBad = Buffer.from(
      RSS.toString('utf8').replace('<title>Fighters take a village</title>', '<title> </title>'),
    );
    const ingested = await ingestDocument({ ...document, body: oneBad }, store.accept);
    expect(store.asked.map((a) => a.parsed.guid)).toEqual(['g1', 'g3']);
    expect(ingested).toMatchObject({ queued: 1, changed: 1 });
    expect(ingested.refused).toEqual([
      {
        index: 1,
        guid: 'g2',
        code: 'UNUSABLE',
        message: 'the item has no headline (/rss/channel/item[2]/title)',
        pointer: '/rss/channel/item[2]/title',
      },
    ]);
    expect(
      ingested.items.map((item) =>
        'accepted' in item ? [item.index, item.accepted.outcome] : [item.index, 'refused'],
      ),
    ).toEqual([
      [0, 'created'],
      [1, 'refused'],
      [2, 'unchanged'],
    ]);
  });

  it('refuses a document whose every item is refused, storing nothing', async () => {
    const store = storeAnswering({});
    const noTitles = Buffer.from(RSS.toString('utf8').replace(/<title>[^<]*<\/title>/g, '<title> </title>'));
    await expect(ingestDocument({ ...document, body: noTitles }, store.accept)).rejects.toMatchObject({
      code: 'UNUSABLE',
      message: expect.stringMatching(/; all 3 items in the document were refused$/),
    });
    expect(store.asked).toEqual([]);
  });

  it('refuses a document it cannot read before storing anything', async () => {
    const store = storeAnswering({});
    await expect(
      ingestDocument(
        { ...document, body: Buffer.from('<rss><channel>'), contentType: 'application/rss+xml' },
        store.accept,
      ),
    ).rejects.toBeInstanceOf(IntakeError);
    expect(store.asked).toEqual([]);
  });

  it('refuses a document with more items than MAX_ITEMS_PER_DOCUMENT whole, storing none', async () => {
    const store = storeAnswering({ g1: 'created', g2: 'created', g3: 'created' });
    const refusal = await ingestDocument({ ...document, maxItems: 2 }, store.accept).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(IntakeError);
    expect(refusal).toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/holds 3 items; at most 2/) });
    expect(store.asked).toEqual([]);
  });

  it('asks the feed to admit every story before storing any, and stores none when it refuses', async () => {
    const store = storeAnswering({ g1: 'created', g2: 'created', g3: 'created' });
    const counted: number[] = [];
    await ingestDocument(document, store.accept, async (n) => void counted.push(n));
    expect(counted).toEqual([3]);
    const overLimit = ingestDocument(document, store.accept, () => Promise.reject(new Error('over the limit')));
    await expect(overLimit).rejects.toThrow('over the limit');
    expect(store.asked).toHaveLength(3); // only the first document's
  });
});
