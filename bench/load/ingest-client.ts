export interface IngestAnswer {
  status: number;
  articleId?: string;
  version?: number;
  outcome?: string;
  /** performance.now() when the answer came back. */
  at: number;
}

/** The feed the bench posts as, and its key (pipeline-run.ts issues one per run). */
export interface FeedCredentials {
  feed: string;
  key: string;
}

const REQUEST_TIMEOUT_MS = 15_000;

/** POSTs one page capture to ingest as the bench feed; a network error is status 0. */
export async function postArticle(
  ingestUrl: string,
  text: string,
  credentials: FeedCredentials,
): Promise<IngestAnswer> {
  try {
    const response = await fetch(`${ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'x-feed-id': credentials.feed,
        authorization: `Bearer ${credentials.key}`,
      },
      body: text,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await response.json().catch(() => ({}))) as {
      articleId?: string;
      version?: number;
      outcome?: string;
    };
    return { status: response.status, ...body, at: performance.now() };
  } catch {
    return { status: 0, at: performance.now() };
  }
}
