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
});
