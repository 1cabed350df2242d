export interface IngestAnswer {
  status: number;
  articleId?: string;
  version?: number;
  outcome?: string;
  /** performance.now() when the answer came back. */
  at: number;
}

const REQUEST_TIMEOUT_MS = 15_000;

/** POSTs one page capture to ingest as the bench feed; a network error is status 0. */
export async function postArticle(ingestUrl: string, text: string): Promise<IngestAnswer> {
  try {
    const response = await fetch(`${ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-feed': 'bench' },
      body: text,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await response.json().catch(() => ({}))) as { articleId?: string; version?: number; outcome?: string };
    return { status: response.status, ...body, at: performance.now() };
  } catch {
    return { status: 0, at: performance.now() };
  }
}
