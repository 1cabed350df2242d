/** A machine translation service: texts in, texts out, in order. */
export interface MachineTranslator {
  translate(texts: readonly string[], source: string, target: string): Promise<string[]>;
}

export class MachineTranslationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MachineTranslationError';
  }
}

/**
 * A LibreTranslate-compatible server: `POST {MT_URL}/translate` with
 * `{q, source, target, format: "text"}` answers `{translatedText}`. One
 * request per text (a paragraph), so a server that takes only strings for
 * `q` works too; each within the timeout.
 */
export class LibreTranslateClient implements MachineTranslator {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async translate(texts: readonly string[], source: string, target: string): Promise<string[]> {
    const out: string[] = [];
    for (const q of texts) out.push(q.trim() ? await this.one(q, source, target) : q);
    return out;
  }

  private async one(q: string, source: string, target: string): Promise<string> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}/translate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ q, source, target, format: 'text' }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const reason =
        (error as Error).name === 'TimeoutError' ? `no answer in ${this.timeoutMs} ms` : (error as Error).message;
      throw new MachineTranslationError(`machine translation failed: ${reason}`);
    }
    const body = (await response.json().catch(() => null)) as { translatedText?: unknown; error?: unknown } | null;
    if (!response.ok || typeof body?.translatedText !== 'string')
      throw new MachineTranslationError(
        `machine translation answered ${response.status}${typeof body?.error === 'string' ? `: ${body.error}` : ''}`,
      );
    return body.translatedText;
  }
}
