import { performance } from 'node:perf_hooks';
import { Target } from '../report/bench-result';
import { percentile } from '../metrics/latency-recorder';

export interface RelatedLookupResult {
  articles: number;
  uncached: { lookups: number; p50: number; p99: number; perSecond: number };
  cached: { lookups: number; seconds: number; concurrency: number; p50: number; p99: number; perSecond: number };
  /** Share of all lookups (both phases) Redis answered, from publish's X-Cache header. */
  hitRatio: number;
  errors: number;
}

export interface RelatedLookupOptions {
  publishUrl: string;
  maxArticles: number;
  cachedSeconds: number;
  concurrency: number;
}

/**
 * Related-news lookups over HTTP on the run's own corpus: every published
 * article once with a cold cache (each a computation from Postgres), then
 * the same articles again and again at `concurrency` in flight (answers from
 * Redis).
 */
export async function measureRelatedLookups(options: RelatedLookupOptions): Promise<RelatedLookupResult> {
  const ids = await publishedIds(options.publishUrl, options.maxArticles);
  let hits = 0;
  let errors = 0;
  const lookup = async (id: string): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${options.publishUrl}/v1/articles/${id}/related`);
    await response.arrayBuffer();
    const ms = performance.now() - started;
    if (response.status !== 200) errors++;
    if (response.headers.get('x-cache') === 'hit') hits++;
    return ms;
  };

  const uncached: number[] = [];
  const uncachedStart = performance.now();
  for (const id of ids) uncached.push(await lookup(id));
  const uncachedSeconds = (performance.now() - uncachedStart) / 1000;

  const cached: number[] = [];
  const deadline = performance.now() + options.cachedSeconds * 1000;
  let next = 0;
  const cachedStart = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline && ids.length > 0) cached.push(await lookup(ids[next++ % ids.length]));
    }),
  );
  const cachedSeconds = (performance.now() - cachedStart) / 1000;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    articles: ids.length,
    uncached: {
      lookups: uncached.length,
      p50: round(percentile(uncached, 50)),
      p99: round(percentile(uncached, 99)),
      perSecond: round(uncached.length / uncachedSeconds),
    },
    cached: {
      lookups: cached.length,
      seconds: round(cachedSeconds),
      concurrency: options.concurrency,
      p50: round(percentile(cached, 50)),
      p99: round(percentile(cached, 99)),
      perSecond: round(cached.length / cachedSeconds),
    },
    hitRatio: round(hits / Math.max(1, uncached.length + cached.length)),
    errors,
  };
}

/** The targets of issue 13: ≥ 10,000 lookups/s and p99 ≤ 5 ms cached, cached ≥ 20× faster than uncached. */
export function relatedTargets(r: RelatedLookupResult): Target[] {
  const speedup = r.cached.p50 > 0 ? r.uncached.p50 / r.cached.p50 : 0;
  return [
    {
      name: 'related lookups/s (cached)',
      goal: '>= 10000/s',
      measured: `${r.cached.perSecond.toFixed(0)}/s at ${r.cached.concurrency} in flight over HTTP`,
      met: r.cached.perSecond >= 10_000,
    },
    {
      name: 'related lookup p99 (cached)',
      goal: '<= 5 ms',
      measured: `p50 ${r.cached.p50} / p99 ${r.cached.p99} ms`,
      met: r.cached.p99 <= 5,
    },
    {
      name: 'related cached vs uncached',
      goal: '>= 20x faster',
      measured: `${speedup.toFixed(1)}x at p50 (uncached p50 ${r.uncached.p50} / p99 ${r.uncached.p99} ms); hit ratio ${r.hitRatio}`,
      met: speedup >= 20,
    },
  ];
}

export function describeRelated(r: RelatedLookupResult): string {
  return `${r.articles} articles; uncached p50 ${r.uncached.p50} / p99 ${r.uncached.p99} ms; cached ${r.cached.perSecond.toFixed(0)}/s, p50 ${r.cached.p50} / p99 ${r.cached.p99} ms; hit ratio ${r.hitRatio}; errors ${r.errors}`;
}

async function publishedIds(publishUrl: string, max: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  while (ids.length < max) {
    const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
    const response = await fetch(`${publishUrl}/v1/articles?${query.toString()}`);
    if (response.status !== 200) throw new Error(`GET /v1/articles answered ${response.status}`);
    const page = (await response.json()) as { items: { newsroom: { articleId: string } }[]; nextCursor: string | null };
    ids.push(...page.items.map((a) => a.newsroom.articleId));
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return ids.slice(0, max);
}
