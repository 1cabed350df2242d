import { Lookup, LookupPhase, coldPass, warmLoad } from './lookup-load';
import { openInProcessRelated } from './in-process-lookups';

/** One way of reaching the lookup: its cold pass, its warm loads (one per concurrency), and the hit ratio over all. */
export interface RelatedWay {
  uncached: LookupPhase;
  cached: LookupPhase[];
  /** Share of this way's lookups (cold and warm) that Redis answered. */
  hitRatio: number;
}

export interface RelatedLookupResult {
  articles: number;
  /**
   * publish's FindRelatedUseCase called in the bench process against the
   * run's Postgres schema and Redis: the cache-aside path itself, which the
   * targets judge.
   */
  inProcess: RelatedWay;
  /**
   * GET /v1/articles/{id}/related from the bench process: Express, Nest and
   * the load generator's fetch share the machine's cores with publish.
   */
  http: RelatedWay;
}

export interface RelatedLookupOptions {
  publishUrl: string;
  /** The run's PG_SCHEMA_PREFIX, which is also publish's Redis namespace. */
  schemaPrefix: string;
  articles: number;
  warmSeconds: number;
  inProcessConcurrency: number;
  /** The first gives honest latency, the last saturates the service. */
  httpConcurrency: number[];
}

/**
 * Related-news lookups on the run's own corpus, both ways: each way first
 * clears the cached answers of the articles and looks each up once (every
 * lookup a computation from Postgres), then looks them up again and again
 * (answers from Redis).
 */
export async function measureRelatedLookups(options: RelatedLookupOptions): Promise<RelatedLookupResult> {
  const ids = await publishedIds(options.publishUrl, options.articles);
  const related = await openInProcessRelated(options.schemaPrefix);
  try {
    await related.forget(ids);
    const inProcess = await measureWay(ids, related.lookup, options.warmSeconds, [options.inProcessConcurrency]);
    await related.forget(ids);
    const http = await measureWay(ids, httpLookup(options.publishUrl), options.warmSeconds, options.httpConcurrency);
    return { articles: ids.length, inProcess, http };
  } finally {
    await related.close();
  }
}

/** Unmeasured lookups before each timed warm load. */
const WARM_UP_SECONDS = 1;

async function measureWay(
  ids: readonly string[],
  lookup: Lookup,
  seconds: number,
  concurrencies: readonly number[],
): Promise<RelatedWay> {
  const uncached = await coldPass(ids, lookup);
  const cached: LookupPhase[] = [];
  for (const concurrency of concurrencies) {
    // Warm up first, as the enrich phase does: the hit path compiled, and the cold pass's garbage collected, before timing.
    await warmLoad(ids, lookup, WARM_UP_SECONDS, concurrency);
    cached.push(await warmLoad(ids, lookup, seconds, concurrency));
  }
  const all = [uncached, ...cached];
  const hits = all.reduce((n, p) => n + p.hits, 0);
  const lookups = all.reduce((n, p) => n + p.lookups, 0);
  return { uncached, cached, hitRatio: Math.round((hits / Math.max(1, lookups)) * 1000) / 1000 };
}

function httpLookup(publishUrl: string): Lookup {
  return async (id) => {
    const response = await fetch(`${publishUrl}/v1/articles/${id}/related`);
    await response.arrayBuffer();
    return { ok: response.status === 200, hit: response.headers.get('x-cache') === 'hit' };
  };
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
