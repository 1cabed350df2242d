import { IntakeError } from '../formats/intake-error';
import { FeedFetchError, conditionalGet, conditionalHeaders } from './conditional-get';

const URL_ = 'http://feeds.test/rss';
const OPTIONS = { timeoutMs: 1000, maxBytes: 64 };

type Call = { url: string; headers: Record<string, string> };

function serving(...responses: (() => Response)[]): { fetcher: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    calls.push({ url, headers: init.headers as Record<string, string> });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return next();
  }) as typeof fetch;
  return { fetcher, calls };
}

describe('conditionalGet', () => {
  it('asks unconditionally when it knows nothing, and hands back the body, its type and its validators', async () => {
    const { fetcher, calls } = serving(
      () =>
        new Response('<rss/>', {
          status: 200,
          headers: {
            'content-type': 'application/rss+xml',
            etag: '"v1"',
            'last-modified': 'Tue, 13 Feb 2018 09:56:59 GMT',
          },
        }),
    );
    const got = await conditionalGet(fetcher, URL_, {}, OPTIONS);
    expect(calls[0].headers).not.toHaveProperty('if-none-match');
    expect(calls[0].headers).not.toHaveProperty('if-modified-since');
    expect(got).toEqual({
      status: 'fetched',
      body: Buffer.from('<rss/>'),
      contentType: 'application/rss+xml',
      validators: { etag: '"v1"', lastModified: 'Tue, 13 Feb 2018 09:56:59 GMT' },
    });
  });

  it('sends the ETag as If-None-Match and Last-Modified as If-Modified-Since, exactly as the server sent them', () => {
    expect(conditionalHeaders({ etag: 'W/"v1"', lastModified: 'Tue, 13 Feb 2018 09:56:59 GMT' })).toEqual({
      'if-none-match': 'W/"v1"',
      'if-modified-since': 'Tue, 13 Feb 2018 09:56:59 GMT',
    });
    expect(conditionalHeaders({ lastModified: 'Tue, 13 Feb 2018 09:56:59 GMT' })).toEqual({
      'if-modified-since': 'Tue, 13 Feb 2018 09:56:59 GMT',
    });
  });

  it('reads 304 as not modified, keeping what it knew and taking any newer validator the 304 carries', async () => {
    const { fetcher, calls } = serving(() => new Response(null, { status: 304, headers: { etag: '"v1b"' } }));
    const got = await conditionalGet(
      fetcher,
      URL_,
      { etag: '"v1"', lastModified: 'Tue, 13 Feb 2018 09:56:59 GMT' },
      OPTIONS,
    );
    expect(calls[0].headers).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Tue, 13 Feb 2018 09:56:59 GMT',
    });
    expect(got).toEqual({
      status: 'not-modified',
      validators: { etag: '"v1b"', lastModified: 'Tue, 13 Feb 2018 09:56:59 GMT' },
    });
  });

  it('forgets validators a 200 no longer sends', async () => {
    const { fetcher } = serving(() => new Response('<rss/>', { status: 200 }));
    const got = await conditionalGet(fetcher, URL_, { etag: '"v1"' }, OPTIONS);
    expect(got).toMatchObject({ status: 'fetched', validators: {} });
  });

  it('names the status of any other answer', async () => {
    const { fetcher } = serving(() => new Response('down', { status: 503, statusText: 'Service Unavailable' }));
    await expect(conditionalGet(fetcher, URL_, {}, OPTIONS)).rejects.toThrow(
      new FeedFetchError(`${URL_} answered HTTP 503 Service Unavailable`),
    );
  });

  it('refuses a body the server declares too large without reading it', async () => {
    const { fetcher } = serving(
      () => new Response('x'.repeat(65), { status: 200, headers: { 'content-length': '65' } }),
    );
    const error = await conditionalGet(fetcher, URL_, {}, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntakeError);
    expect(error).toMatchObject({
      code: 'TOO_LARGE',
      message: 'the document is 65 bytes, larger than the limit of 64 bytes',
    });
  });

  it('stops reading a streamed body once it passes the limit', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(40));
      },
    });
    const { fetcher } = serving(() => new Response(endless, { status: 200 }));
    await expect(conditionalGet(fetcher, URL_, {}, OPTIONS)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(pulled).toBeLessThan(5);
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    const hanging = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason as Error)),
      )) as typeof fetch;
    await expect(conditionalGet(hanging, URL_, {}, { ...OPTIONS, timeoutMs: 20 })).rejects.toThrow(
      `${URL_} did not answer within 20 ms`,
    );
  });

  it('names the connection error behind "fetch failed"', async () => {
    const refused = (async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
      });
    }) as typeof fetch;
    await expect(conditionalGet(refused, URL_, {}, OPTIONS)).rejects.toThrow(
      `fetching ${URL_} failed: fetch failed: connect ECONNREFUSED 127.0.0.1:9`,
    );
  });
});
