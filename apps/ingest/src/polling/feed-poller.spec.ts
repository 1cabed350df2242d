import type { AcceptArticleInput, AcceptedArticle } from '../articles/accept-article/accept-article.use-case';
import { FeedPoller } from './feed-poller';
import { PolledFeed } from './poll-feeds-config';

function rss(...items: [guid: string, title: string, date?: string][]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title><language>en</language>
${items
  .map(
    ([guid, title, date = 'Tue, 13 Feb 2018 09:56:59 GMT']) =>
      `<item><guid>${guid}</guid><title>${title}</title>${/^\d{4}-/.test(date) ? `<dc:date>${date}</dc:date>` : `<pubDate>${date}</pubDate>`}<description>&lt;p&gt;${title}, the factions said.&lt;/p&gt;</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** A feed server in a function: answers 304 when asked with the current ETag, else the document. */
class FakeFeedServer {
  document = rss(['g1', 'Shelling hits Douma'], ['g2', 'Fighters take a village']);
  etag = '"v1"';
  status = 200;
  readonly requests: Record<string, string>[] = [];

  readonly fetch = (async (_url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    this.requests.push(headers);
    if (this.status !== 200) return new Response('oops', { status: this.status });
    if (headers['if-none-match'] === this.etag)
      return new Response(null, { status: 304, headers: { etag: this.etag } });
    return new Response(this.document, {
      status: 200,
      headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag: this.etag },
    });
  }) as typeof fetch;
}

class FakeStore {
  readonly accepted: AcceptArticleInput[] = [];
  private readonly hashes = new Map<string, string>();
  failNext?: Error;

  readonly accept = async (input: AcceptArticleInput): Promise<AcceptedArticle> => {
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = undefined;
      throw error;
    }
    this.accepted.push(input);
    const id = `${input.feed}/${input.parsed.guid}`;
    const hash = JSON.stringify([input.parsed.headline, input.parsed.publishedAt]);
    const outcome = !this.hashes.has(id) ? 'created' : this.hashes.get(id) === hash ? 'unchanged' : 'new-version';
    this.hashes.set(id, hash);
    return { articleId: id, uri: `urn:${id}`, version: 1, outcome };
  };
}

const FEED: PolledFeed = { feed: 'wire-en', url: 'http://feeds.test/rss', intervalSeconds: 60, timeoutSeconds: 5 };

describe('FeedPoller, one feed over several polls', () => {
  let server: FakeFeedServer;
  let store: FakeStore;
  let logs: string[];
  let poller: FeedPoller;

  beforeEach(() => {
    server = new FakeFeedServer();
    store = new FakeStore();
    logs = [];
    const logger = {
      log: (m: string) => logs.push(`log ${m}`),
      warn: (m: string) => logs.push(`warn ${m}`),
      error: (m: string) => logs.push(`error ${m}`),
    };
    poller = new FeedPoller({
      fetch: server.fetch,
      accept: store.accept,
      timeZone: 'Asia/Damascus',
      maxBytes: 1 << 20,
      maxItems: 200,
      logger,
    });
  });

  it('accepts every item of a new document, then asks with its ETag and accepts nothing on 304', async () => {
    expect(await poller.poll(FEED)).toEqual({
      feed: 'wire-en',
      status: 'accepted',
      stories: 2,
      changed: 2,
      refused: 0,
    });
    expect(store.accepted.map((a) => [a.feed, a.parsed.guid])).toEqual([
      ['wire-en', 'g1'],
      ['wire-en', 'g2'],
    ]);
    expect(server.requests[0]).not.toHaveProperty('if-none-match');

    expect(await poller.poll(FEED)).toEqual({ feed: 'wire-en', status: 'not-modified' });
    expect(server.requests[1]['if-none-match']).toBe('"v1"');
    expect(store.accepted).toHaveLength(2);
  });

  it('gives the stories of one poll one correlation id', async () => {
    await poller.poll(FEED);
    const ids = new Set(store.accepted.map((a) => a.correlationId));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^poll-wire-en-[0-9a-f-]{36}$/);
  });

  it('fetches a changed document and counts only what changed', async () => {
    await poller.poll(FEED);
    server.document = rss(['g1', 'Shelling hits Douma'], ['g2', 'Fighters take a village, then lose it']);
    server.etag = '"v2"';
    expect(await poller.poll(FEED)).toEqual({
      feed: 'wire-en',
      status: 'accepted',
      stories: 2,
      changed: 1,
      refused: 0,
    });
    expect(server.requests[1]['if-none-match']).toBe('"v1"');
  });

  it('does not remember the ETag when a story could not be stored, so the next poll asks again unconditionally', async () => {
    store.failNext = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(await poller.poll(FEED)).toMatchObject({ status: 'failed', error: 'connect ECONNREFUSED 127.0.0.1:5432' });
    expect(logs).toContain(
      'warn feed wire-en: poll failed, trying again at the next interval: connect ECONNREFUSED 127.0.0.1:5432',
    );

    expect(await poller.poll(FEED)).toMatchObject({ status: 'accepted', stories: 2 });
    expect(server.requests[1]).not.toHaveProperty('if-none-match');
  });

  it('logs a refused document with the feed and the reason, and does not refuse the same version again', async () => {
    server.document = rss(['g1', 'Shelling hits Douma', 'Tue, 31 Feb 2018 09:56:59 GMT']);
    const result = await poller.poll(FEED);
    expect(result).toMatchObject({
      status: 'refused',
      error: expect.stringMatching(/^UNUSABLE \(\/rss\/channel\/item\[1\]\/pubDate\): .*31 Feb/),
    });
    expect(
      logs.filter((l) => l.startsWith('error feed wire-en: refused the document from http://feeds.test/rss: UNUSABLE')),
    ).toHaveLength(1);
    expect(await poller.poll(FEED)).toEqual({ feed: 'wire-en', status: 'not-modified' });
    expect(store.accepted).toHaveLength(0);
  });

  it('stores the good items of a feed with a bad one, and logs the refused one with its reason', async () => {
    server.document = rss(
      ['g1', 'Shelling hits Douma', 'Tue, 31 Feb 2018 09:56:59 GMT'],
      ['g2', 'Fighters take a village'],
    );
    expect(await poller.poll(FEED)).toEqual({
      feed: 'wire-en',
      status: 'accepted',
      stories: 1,
      changed: 1,
      refused: 1,
    });
    expect(store.accepted.map((a) => a.parsed.guid)).toEqual(['g2']);
    expect(logs.filter((l) => l.startsWith('warn '))).toEqual([
      expect.stringMatching(
        /^warn feed wire-en: from http:\/\/feeds\.test\/rss, 1 of 2 items stored, 1 refused: #0 \(g1\) UNUSABLE at \/rss\/channel\/item\[1\]\/pubDate: .*31 Feb/,
      ),
    ]);
    // The same version would be refused the same way: not fetched again until it changes.
    expect(await poller.poll(FEED)).toEqual({ feed: 'wire-en', status: 'not-modified' });
  });

  it('reports a server error with the feed name and never throws', async () => {
    server.status = 500;
    expect(await poller.poll(FEED)).toEqual({
      feed: 'wire-en',
      status: 'failed',
      error: 'http://feeds.test/rss answered HTTP 500',
    });
    expect(logs).toEqual([
      'warn feed wire-en: poll failed, trying again at the next interval: http://feeds.test/rss answered HTTP 500',
    ]);
  });

  it("reads local times in the feed's own zone when its entry names one", async () => {
    server.document = rss(['g1', 'Shelling hits Douma', '2018-02-13T11:56:59']);
    await poller.poll(FEED);
    await poller.poll({ ...FEED, feed: 'wire-utc', timeZone: 'UTC' });
    expect(store.accepted.map((a) => [a.feed, a.parsed.publishedAt])).toEqual([
      ['wire-en', '2018-02-13T09:56:59.000Z'],
      ['wire-utc', '2018-02-13T11:56:59.000Z'],
    ]);
  });

  it('keeps each feed its own validators', async () => {
    await poller.poll(FEED);
    await poller.poll({ ...FEED, feed: 'other' });
    expect(server.requests[1]).not.toHaveProperty('if-none-match');
  });
});
