import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REFERENCE = readFileSync(join(__dirname, '../../fixtures/smart-2018-02-13-idlib.txt'), 'utf8');

/** Unique stories in the reference page's shape: each its own article id. */
export function story(run: string, n: number): string {
  return REFERENCE.replace(
    'Free Syrian Army factions and Islamist',
    `Fault run ${run} story ${n}: factions and Islamist`,
  );
}

/**
 * Posts until ingest answers 2xx: a refused connection (ingest killed) or a
 * 5xx is retried, as a wire feed would. Returns the article id, or null if
 * the deadline passed without an answer.
 */
export async function postUntilAccepted(
  ingestUrl: () => string,
  body: string,
  deadline: number,
): Promise<string | null> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${ingestUrl()}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) return ((await response.json()) as { articleId: string }).articleId;
      if (response.status < 500)
        throw new Error(`ingest refused a good article: ${response.status} ${await response.text()}`);
    } catch (error) {
      if ((error as Error).message.startsWith('ingest refused')) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}
