import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Article, isArticleId } from '@news/contracts';
import { Queryable, failoverSafeReads } from '@news/persistence';
import { articleFacts, articleSearchText, foldedSimilarityTerms, similarityTerms } from '../published/article-facts';
import { PublishedStore, RelatedRow } from '../published/published-store';
import { ArticleKilled, ArticleNotFound, InvalidArticleId } from '../published/read-errors';
import { FactRarity } from './fact-rarity';
import { RelatedCache } from './related-cache';
import { RelatedItem, ScoredArticle, rankRelated } from './related-score';

export interface RelatedAnswer {
  uri: string;
  items: RelatedItem[];
}

/** An answer and whether Redis had it (the `X-Cache` header, and the bench's hit ratio). */
export interface RelatedLookup {
  answer: RelatedAnswer;
  cached: boolean;
}

/** The answer as JSON text, exactly as Redis holds it: what the HTTP edge writes out. */
export interface RelatedBody {
  json: string;
  cached: boolean;
}

/** An article's related news: from Redis when cached, computed from Postgres once per miss. */
@Injectable()
export class FindRelatedUseCase {
  /** How many answers were computed (misses): the bench's hit ratio and the single-flight test read it. */
  computed = 0;
  private readonly rarity = new FactRarity(() => this.store.factCounts(this.reads));
  /** Reads only, so each runs again on a fresh connection after a failover closed the pooled one. */
  private readonly reads: Queryable;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(PublishedStore) private readonly store: PublishedStore,
    @Inject(RelatedCache) private readonly cache: RelatedCache,
  ) {
    this.reads = failoverSafeReads(dataSource);
  }

  async execute(articleId: string): Promise<RelatedAnswer> {
    return (await this.lookup(articleId)).answer;
  }

  /** The answer as an object, for a caller that reads it (the article page). */
  async lookup(articleId: string): Promise<RelatedLookup> {
    const { json, cached } = await this.serve(articleId);
    return { answer: JSON.parse(json) as RelatedAnswer, cached };
  }

  /**
   * A hit is one Redis GET, handed on as text: no Postgres read, no parse.
   * That is safe because a kill or a new version drops the cached answer
   * (PublishArticleUseCase.invalidate), so a killed article always misses
   * and its miss answers ArticleKilled (410) from Postgres.
   */
  async serve(articleId: string): Promise<RelatedBody> {
    if (!isArticleId(articleId)) throw new InvalidArticleId(articleId);
    const { json, cached } = await this.cache.remember(articleId, async (index) => {
      const stored = await this.store.find(this.reads, articleId);
      if (!stored) throw new ArticleNotFound(articleId);
      if (stored.status === 'canceled') throw new ArticleKilled(articleId, stored.killNotice ?? '');
      await index(articleFacts(stored.document).facts);
      return this.compute(stored.document);
    });
    if (json === null) throw new ArticleNotFound(articleId);
    return { json, cached };
  }

  private async compute(article: Article): Promise<RelatedAnswer> {
    this.computed++;
    const subject = scored(article, new Date(article.versionCreated));
    const terms = [...similarityTerms(articleFacts(article).headline)].slice(0, 12);
    const [candidates, rarity] = await Promise.all([
      this.store.relatedCandidates(this.reads, { storyId: subject.storyId, facts: subject.facts, terms }),
      this.rarity.current(),
    ]);
    return { uri: article.uri, items: rankRelated(subject, candidates.map(fromRow), rarity) };
  }
}

function fromRow(row: RelatedRow): ScoredArticle {
  if (row.document) return scored(row.document, row.versionCreated ?? new Date(row.document.versionCreated));
  return {
    articleId: row.articleId,
    uri: row.uri,
    headline: row.headline,
    language: row.language,
    storyId: row.storyId,
    facts: row.facts,
    terms: new Set(row.terms ?? []),
    versionCreated: row.versionCreated,
  };
}

function scored(article: Article, versionCreated: Date): ScoredArticle {
  const f = articleFacts(article);
  return {
    articleId: article.newsroom.articleId,
    uri: article.uri,
    headline: f.headline,
    language: article.language,
    storyId: f.storyId,
    facts: f.facts,
    terms: foldedSimilarityTerms(articleSearchText(article)),
    versionCreated,
  };
}
