/** One article as related-news scoring sees it. */
export interface ScoredArticle {
  articleId: string;
  uri: string;
  headline: string;
  language: string;
  storyId: string;
  facts: string[];
  /** The folded words of its headline and text (similarityTerms). */
  terms: ReadonlySet<string>;
  versionCreated: Date;
}

export interface RelatedItem {
  uri: string;
  headline: string;
  language: string;
  score: number;
  why: string[];
}

export interface Rarity {
  /** How many articles carry each fact. */
  counts: ReadonlyMap<string, number>;
  /** How many articles there are. */
  total: number;
}

/** Text this alike is the same story from another feed: a duplicate, never "related". */
const DUPLICATE_SIMILARITY = 0.8;
const RECENCY_HALF_LIFE_HOURS = 72;
/** How many shared facts an item names in `why`. */
const WHY_FACTS = 5;

/**
 * Ranks candidates for an article's related news: shared facts weighted by
 * rarity (a fact few articles carry says more), text similarity, and
 * nearness in time. Never the article's own story (its versions and
 * translations) nor a duplicate; an original and its translation count as
 * one story, shown in the article's language when there is that choice.
 * Results in the article's language come first.
 */
export function rankRelated(
  subject: ScoredArticle,
  candidates: readonly ScoredArticle[],
  rarity: Rarity,
  limit = 10,
): RelatedItem[] {
  const subjectFacts = new Set(subject.facts);

  const bestPerStory = new Map<string, { item: RelatedItem; language: string }>();
  for (const candidate of candidates) {
    if (candidate.storyId === subject.storyId || candidate.articleId === subject.articleId) continue;
    const similarity = jaccard(subject.terms, candidate.terms);
    if (similarity >= DUPLICATE_SIMILARITY) continue;
    const shared = candidate.facts
      .filter((fact) => subjectFacts.has(fact))
      .map((fact) => ({ fact, weight: Math.log(1 + rarity.total / Math.max(1, rarity.counts.get(fact) ?? 1)) }));
    const factScore = shared.reduce((sum, { weight }) => sum + weight, 0);
    const textScore = 4 * similarity;
    if (factScore === 0 && textScore < 0.2) continue;
    const hours = Math.abs(subject.versionCreated.getTime() - candidate.versionCreated.getTime()) / 3_600_000;
    const recency = Math.pow(0.5, hours / RECENCY_HALF_LIFE_HOURS);
    const score = round(factScore + textScore + recency);
    const why = [
      ...strongest(shared),
      ...(textScore >= 0.2 ? [`similar text (${round(similarity)})`] : []),
      ...(recency >= 0.5 ? ['close in time'] : []),
    ];
    const item = { uri: candidate.uri, headline: candidate.headline, language: candidate.language, score, why };
    const held = bestPerStory.get(candidate.storyId);
    if (!held || prefer(item, held.item, subject.language))
      bestPerStory.set(candidate.storyId, { item, language: item.language });
  }
  return [...bestPerStory.values()]
    .map(({ item }) => item)
    .sort(
      (a, b) => Number(b.language === subject.language) - Number(a.language === subject.language) || b.score - a.score,
    )
    .slice(0, limit);
}

/**
 * The shared facts that weigh most (the rarest), strongest first, and how
 * many more: a reader needs the reasons, not all of them. Two stories about
 * one front share dozens of facts, and listing each made every cached
 * answer ~22 kB (ten items), most of a cached lookup's cost.
 */
function strongest(shared: readonly { fact: string; weight: number }[]): string[] {
  const ranked = [...shared].sort((a, b) => b.weight - a.weight || a.fact.localeCompare(b.fact));
  const named = ranked.slice(0, WHY_FACTS).map(({ fact }) => `shares ${fact}`);
  const more = ranked.length - named.length;
  return more > 0 ? [...named, `shares ${more} more`] : named;
}

/** Within one story: the version in the reader's language, else the better scored. */
function prefer(a: RelatedItem, b: RelatedItem, language: string): boolean {
  const aIn = a.language === language;
  const bIn = b.language === language;
  if (aIn !== bIn) return aIn;
  return a.score > b.score;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
