import { Article, articleIdFromUri } from '@news/contracts';
import { foldArabic } from '@news/text';

/** What publish indexes of an article: plain data, derived without I/O. */
export interface ArticleFacts {
  language: string;
  /** The category code (the `subjects` entry with rel "category"), when there is one. */
  category: string | null;
  /**
   * The story the article belongs to: its original's id for a translation,
   * else its own. An original and its translations are one story.
   */
  storyId: string;
  /** One key per fact (`place:…`, `organisation:…`, `person:…`, `subject:…`), for related-news scoring. */
  facts: string[];
  /** Every id a fact is known by (uri, literal, enrich's entity id), for the `place` and `organisation` filters. */
  filterKeys: string[];
  headline: string;
}

type Named = { name?: string; uri?: string; literal?: string };
type Entity = { id?: string; nameEn?: string; nameAr?: string };

export function articleFacts(article: Article): ArticleFacts {
  const category = article.subjects?.find((s) => s.rel === 'category');
  const originalUri = article.newsroom.translation?.originalUri;
  const originalId = originalUri ? articleIdFromUri(originalUri) : undefined;
  const facts = new Set<string>();
  const filterKeys = new Set<string>();
  const add = (kind: string, items: readonly Named[] | undefined) => {
    for (const item of items ?? []) {
      const canonical = canonicalKey(kind, item);
      if (!canonical) continue;
      facts.add(`${kind}:${canonical}`);
      for (const alias of [item.uri, item.literal, item.name && foldKey(item.name)])
        if (alias) filterKeys.add(`${kind}:${alias}`);
    }
  };
  const entities = enrichedEntities(article);
  add('place', article.places);
  add('organisation', article.organisations);
  add('person', article.people);
  add('subject', article.subjects);
  // enrich's entity ids are the same for an original and its translation: the best key there is.
  for (const [kind, list] of [
    ['place', entities.places],
    ['organisation', entities.organisations],
    ['person', entities.people],
  ] as const) {
    for (const entity of list ?? []) {
      if (!entity.id) continue;
      facts.add(`${kind}:${entity.id}`);
      filterKeys.add(`${kind}:${entity.id}`);
      for (const name of [entity.nameEn, entity.nameAr]) if (name) filterKeys.add(`${kind}:${foldKey(name)}`);
    }
  }
  const headline = article.headlines[0]?.value ?? '';
  return {
    language: article.language,
    category: category ? (category.literal ?? category.name) : null,
    storyId: originalId ?? article.newsroom.articleId,
    facts: [...facts].sort(),
    filterKeys: [...filterKeys].sort(),
    headline,
  };
}

/**
 * Headline and plain text, folded for matching (never shown). Apart from
 * articleFacts because folding the whole text is most of their cost and
 * most callers (cache invalidation, webhooks, the page) need only the facts.
 */
export function articleSearchText(article: Article): string {
  const headline = article.headlines[0]?.value ?? '';
  const body = article.bodies.find((b) => b.contentType !== 'text/html') ?? article.bodies[0];
  return foldArabic(`${headline} ${stripTags(body?.value ?? '')}`);
}

/**
 * Folded words of three letters or more: what related news compares texts
 * by. Stored with each version, so scoring a candidate reads its words
 * instead of parsing and folding its whole document.
 */
export function similarityTerms(text: string): Set<string> {
  return foldedSimilarityTerms(foldArabic(text));
}

/** similarityTerms of a text folded already (articleSearchText): folding is idempotent, so it is not done twice. */
export function foldedSimilarityTerms(folded: string): Set<string> {
  return new Set(
    folded
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3),
  );
}

/** A name as a key: folded (Arabic letter variants, tatweel) and lower-cased. */
export function foldKey(name: string): string {
  return foldArabic(name).toLowerCase();
}

function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, ' ');
}

/**
 * One key per thing, so a place or an organisation weighs in related news
 * as much as a person: enrich puts its entity id in `literal` (the same id
 * the entities below carry, and the same for an original and its
 * translation), so that is the key where there is one; a URI (GeoNames,
 * Wikidata) was a second key for the same place. A subject is known by its
 * IPTC URI first.
 */
function canonicalKey(kind: string, item: Named): string | undefined {
  const named = item.name ? foldKey(item.name) : undefined;
  return kind === 'subject' ? (item.uri ?? item.literal ?? named) : (item.literal ?? item.uri ?? named);
}

/** enrich's entities, read defensively: the extension may not carry them. */
function enrichedEntities(article: Article): { places?: Entity[]; organisations?: Entity[]; people?: Entity[] } {
  const enrichment = article.newsroom.enrichment as { entities?: Record<string, Entity[] | undefined> } | undefined;
  return enrichment?.entities ?? {};
}
