import { Article } from '@news/contracts';
import { Queryable } from '@news/persistence';
import { articleFacts, articleSearchText, foldedSimilarityTerms } from './article-facts';

export type { Queryable } from '@news/persistence';

export type ChangeKind = 'published' | 'corrected' | 'killed' | 'released';

/** The stored current state of one article, as the read API needs it. */
export interface StoredArticle {
  articleId: string;
  version: number;
  document: Article;
  status: 'usable' | 'canceled';
  killNotice: string | null;
}

export interface ListFilter {
  language?: string;
  category?: string;
  place?: string;
  organisation?: string;
  since?: Date;
  q?: string;
  /** Return only articles first published before this sequence number. */
  beforeSeq?: string;
  limit: number;
}

export interface RelatedRow {
  articleId: string;
  language: string;
  storyId: string;
  facts: string[];
  versionCreated: Date;
  uri: string;
  headline: string;
  /** Its stored similarity terms; null for a version stored before they were, whose document is read instead. */
  terms: string[] | null;
  document: Article | null;
}

/**
 * publish's tables, in plain SQL. Simple and typed; the rules (what is a
 * correction, when an embargo lifts) live in the use cases.
 */
export class PublishedStore {
  constructor(private readonly schema: string) {}

  private get articles(): string {
    return `"${this.schema}".published_articles`;
  }
  private get versions(): string {
    return `"${this.schema}".article_versions`;
  }
  private get embargoes(): string {
    return `"${this.schema}".embargoed_articles`;
  }

  /**
   * Stores a version if it is newer than what is stored, and records it in
   * the version history. Returns the version stored now: equal to the
   * article's when this version is (or already was) the current one.
   */
  async storeVersion(q: Queryable, article: Article, kind: ChangeKind, killNotice: string | null): Promise<number> {
    const f = articleFacts(article);
    const searchText = articleSearchText(article);
    const document = JSON.stringify(article);
    // One statement, so one round trip and one commit per article where there
    // were three: the CTEs read the snapshot from before the upsert, which is
    // what "already was the current one" (a redelivery) needs.
    const [stored] = (await q.query(
      `WITH upserted AS (
         INSERT INTO ${this.articles} AS a (article_id, version, document, published_at, language, category, status,
           story_id, facts, filter_keys, search, version_created, kill_notice, similarity_terms, uri, headline)
         VALUES ($1, $2, $3, now(), $4, $5, $6, $7, $8, $9,
           to_tsvector('simple', $10) || CASE WHEN $4 LIKE 'en%' THEN to_tsvector('english', $10) ELSE ''::tsvector END,
           $11, $12, $14, $15, $16)
         ON CONFLICT (article_id) DO UPDATE SET version = EXCLUDED.version, document = EXCLUDED.document,
           published_at = now(), language = EXCLUDED.language, category = EXCLUDED.category, status = EXCLUDED.status,
           story_id = EXCLUDED.story_id, facts = EXCLUDED.facts, filter_keys = EXCLUDED.filter_keys,
           search = EXCLUDED.search, version_created = EXCLUDED.version_created, kill_notice = EXCLUDED.kill_notice,
           similarity_terms = EXCLUDED.similarity_terms, uri = EXCLUDED.uri, headline = EXCLUDED.headline
           WHERE a.version < EXCLUDED.version
         RETURNING version
       ),
       before AS (SELECT version FROM ${this.articles} WHERE article_id = $1),
       history AS (
         INSERT INTO ${this.versions} (article_id, version, kind, document)
         SELECT $1, $2, $13, $3
          WHERE EXISTS (SELECT 1 FROM upserted) OR EXISTS (SELECT 1 FROM before WHERE version = $2)
         ON CONFLICT (article_id, version) DO NOTHING
       )
       SELECT coalesce((SELECT version FROM upserted), (SELECT version FROM before)) AS version`,
      [
        article.newsroom.articleId,
        Number(article.version),
        document,
        f.language,
        f.category,
        kind === 'killed' ? 'canceled' : 'usable',
        f.storyId,
        f.facts,
        f.filterKeys,
        searchText,
        article.versionCreated,
        killNotice,
        kind,
        [...foldedSimilarityTerms(searchText)],
        article.uri,
        f.headline,
      ],
    )) as { version: number }[];
    return Number(stored.version);
  }

  async find(q: Queryable, articleId: string): Promise<StoredArticle | null> {
    const rows = (await q.query(
      `SELECT article_id, version, document, status, kill_notice FROM ${this.articles} WHERE article_id = $1`,
      [articleId],
    )) as { article_id: string; version: number; document: Article; status: string; kill_notice: string | null }[];
    const row = rows[0];
    if (!row) return null;
    return {
      articleId: row.article_id,
      version: row.version,
      document: row.document,
      status: row.status === 'canceled' ? 'canceled' : 'usable',
      killNotice: row.kill_notice,
    };
  }

  async versionsOf(q: Queryable, articleId: string): Promise<{ kind: ChangeKind; document: Article }[]> {
    return (await q.query(`SELECT kind, document FROM ${this.versions} WHERE article_id = $1 ORDER BY version`, [
      articleId,
    ])) as { kind: ChangeKind; document: Article }[];
  }

  /** Newest first by first publication; one more than `limit` tells the caller there is a next page. */
  async list(q: Queryable, filter: ListFilter): Promise<{ seq: string; document: Article }[]> {
    const where: string[] = [`status = 'usable'`];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.language) where.push(`language = ${param(filter.language)}`);
    if (filter.category) where.push(`category = ${param(filter.category)}`);
    if (filter.place) where.push(`filter_keys @> ARRAY[${param(`place:${filter.place}`)}]::text[]`);
    if (filter.organisation)
      where.push(`filter_keys @> ARRAY[${param(`organisation:${filter.organisation}`)}]::text[]`);
    if (filter.since) where.push(`version_created >= ${param(filter.since)}`);
    if (filter.q) {
      const text = param(filter.q);
      where.push(`search @@ (websearch_to_tsquery('simple', ${text}) || websearch_to_tsquery('english', ${text}))`);
    }
    if (filter.beforeSeq) where.push(`seq < ${param(filter.beforeSeq)}::bigint`);
    return (await q.query(
      `SELECT seq::text AS seq, document FROM ${this.articles} WHERE ${where.join(' AND ')}
       ORDER BY seq DESC LIMIT ${param(filter.limit + 1)}`,
      params,
    )) as { seq: string; document: Article }[];
  }

  /** Usable translations of a story's original (the articles that share its story id). */
  async translationsOf(q: Queryable, articleId: string): Promise<StoredArticle[]> {
    const rows = (await q.query(
      `SELECT article_id FROM ${this.articles} WHERE story_id = $1 AND article_id <> $1 AND status = 'usable'`,
      [articleId],
    )) as { article_id: string }[];
    const found = await Promise.all(rows.map((r) => this.find(q, r.article_id)));
    return found.filter((a): a is StoredArticle => a !== null);
  }

  /** Articles that share a fact with, or a headline word of, the subject; never its own story. */
  async relatedCandidates(
    q: Queryable,
    subject: { storyId: string; facts: string[]; terms: string[] },
    limit = 300,
  ): Promise<RelatedRow[]> {
    const tsquery = subject.terms.join(' | ');
    const rows = (await q.query(
      `SELECT article_id, language, story_id, facts, version_created, similarity_terms,
              uri, headline,
              CASE WHEN similarity_terms IS NULL THEN document END AS document
         FROM ${this.articles}
       WHERE status = 'usable' AND story_id <> $1
         AND (facts && $2::text[] OR ($3 <> '' AND search @@ to_tsquery('simple', $3)))
       ORDER BY version_created DESC NULLS LAST LIMIT $4`,
      [subject.storyId, subject.facts, tsquery, limit],
    )) as {
      article_id: string;
      language: string;
      story_id: string;
      facts: string[];
      version_created: Date;
      similarity_terms: string[] | null;
      uri: string;
      headline: string;
      document: Article | null;
    }[];
    // Candidates are scored on their stored words: no document is parsed unless it predates them.
    return rows.map((r) => ({
      articleId: r.article_id,
      language: r.language,
      storyId: r.story_id,
      facts: r.facts,
      versionCreated: r.version_created,
      uri: r.uri,
      headline: r.headline,
      terms: r.similarity_terms,
      document: r.document,
    }));
  }

  /** How many usable articles carry each fact, and how many there are: the rarity weights. */
  async factCounts(q: Queryable): Promise<{ counts: Map<string, number>; total: number }> {
    // Facts only one article carries are left out: a fact not listed counts as one (see rankRelated).
    const rows = (await q.query(
      `SELECT f AS fact, count(*)::int AS n FROM ${this.articles}, unnest(facts) f
       WHERE status = 'usable' GROUP BY f HAVING count(*) > 1`,
    )) as { fact: string; n: number }[];
    const [{ total }] = (await q.query(
      `SELECT count(*)::int AS total FROM ${this.articles} WHERE status = 'usable'`,
    )) as { total: number }[];
    return { counts: new Map(rows.map((r) => [r.fact, r.n])), total };
  }

  /** Holds the newest embargoed version of an article until `releaseAt`. */
  async holdEmbargoed(q: Queryable, article: Article, releaseAt: Date): Promise<void> {
    await q.query(
      `INSERT INTO ${this.embargoes} AS e (article_id, version, document, release_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (article_id) DO UPDATE SET version = EXCLUDED.version, document = EXCLUDED.document,
         release_at = EXCLUDED.release_at WHERE e.version <= EXCLUDED.version`,
      [article.newsroom.articleId, Number(article.version), JSON.stringify(article), releaseAt],
    );
  }

  async dropEmbargoed(q: Queryable, articleId: string): Promise<void> {
    await q.query(`DELETE FROM ${this.embargoes} WHERE article_id = $1`, [articleId]);
  }

  /** Due embargoes, locked for this transaction; another replica's poll skips them. */
  async lockDueEmbargoes(q: Queryable, limit: number): Promise<Article[]> {
    const rows = (await q.query(
      `SELECT document FROM ${this.embargoes} WHERE release_at <= now()
       ORDER BY release_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    )) as { document: Article }[];
    return rows.map((r) => r.document);
  }
}
