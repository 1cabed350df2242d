import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextFacts, findFacts } from '../apps/enrich/src/facts/enrich-article';
import { foldKey } from '../apps/enrich/src/matching/fold';
import { Gold, LabelledArticle, labelledSet } from './labelled-set';

export const ENTITY_TYPES = ['places', 'organisations', 'people', 'dates', 'counts'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleOutcome {
  id: string;
  missed: Partial<Record<EntityType, string[]>>;
  spurious: Partial<Record<EntityType, string[]>>;
}

export interface EvalReport {
  articles: number;
  byLanguage: Record<string, number>;
  scores: Record<EntityType, Score>;
  /** Pairs whose English and Arabic versions yielded different place or organisation ids. */
  pairsWithDifferentIds: string[];
  outcomes: ArticleOutcome[];
}

/** The targets of issue 12. */
export const TARGETS = {
  places: { precision: 0.9, recall: 0.95 },
  organisations: { precision: 0.9, recall: 0.95 },
  people: { recall: 0.9 },
  dates: { precision: 1, recall: 1 },
  counts: { precision: 0.9, recall: 0.9 },
} as const;

/** What the system said, in the gold's terms. */
export function predicted(facts: TextFacts): Gold {
  return {
    places: facts.places.map((p) => p.place.id),
    organisations: facts.organisations.filter((o) => o.actor.kind !== 'media').map((o) => o.actor.id),
    people: facts.people.map((p) => (p.anonymous ? `anon:${p.role}` : p.name!)),
    dates: facts.dates.map((d) => d.value),
    counts: facts.counts.map((c) => `${c.category}:${c.value}`),
  };
}

const key = (type: EntityType, value: string) =>
  type === 'people' ? foldKey(value.replace(/^anon:/, 'anon ')).replace(/^(?:al )/, '') : value;

/** Multiset matching of gold and predicted values of one type. */
function compare(
  type: EntityType,
  gold: string[],
  got: string[],
): { tp: number; missed: string[]; spurious: string[] } {
  const left = [...new Set(got)];
  const missed: string[] = [];
  let tp = 0;
  for (const g of new Set(gold)) {
    const i = left.findIndex((p) => key(type, p) === key(type, g));
    if (i >= 0) {
      tp++;
      left.splice(i, 1);
    } else missed.push(g);
  }
  return { tp, missed, spurious: left };
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function evaluate(articles: readonly LabelledArticle[]): EvalReport {
  const totals = Object.fromEntries(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    EntityType,
    { tp: number; fp: number; fn: number }
  >;
  const outcomes: ArticleOutcome[] = [];
  const idsByPair = new Map<string, Map<string, string>>();
  for (const article of articles) {
    const got = predicted(findFacts(article.text, article.published, article.dateline));
    const outcome: ArticleOutcome = { id: article.id, missed: {}, spurious: {} };
    for (const type of ENTITY_TYPES) {
      const { tp, missed, spurious } = compare(type, article.gold[type], got[type]);
      totals[type].tp += tp;
      totals[type].fn += missed.length;
      totals[type].fp += spurious.length;
      if (missed.length) outcome.missed[type] = missed;
      if (spurious.length) outcome.spurious[type] = spurious;
    }
    outcomes.push(outcome);
    const [pair, language] = article.id.split('.');
    if (language) {
      const ids = idsByPair.get(pair) ?? new Map<string, string>();
      ids.set(language, [...new Set([...got.places, ...got.organisations])].sort().join(' '));
      idsByPair.set(pair, ids);
    }
  }
  const byLanguage: Record<string, number> = {};
  for (const a of articles) byLanguage[a.language] = (byLanguage[a.language] ?? 0) + 1;
  return {
    articles: articles.length,
    byLanguage,
    scores: Object.fromEntries(ENTITY_TYPES.map((t) => [t, score(totals[t].tp, totals[t].fp, totals[t].fn)])) as Record<
      EntityType,
      Score
    >,
    pairsWithDifferentIds: [...idsByPair].filter(([, ids]) => ids.get('en') !== ids.get('ar')).map(([pair]) => pair),
    outcomes,
  };
}

/** The reference article's body, as ingest reads it: from the first paragraph to the page's related-news block. */
export function referenceBody(root: string): string {
  const page = readFileSync(join(root, 'test/fixtures/smart-2018-02-13-idlib.txt'), 'utf8');
  return page.slice(page.indexOf('On Tuesday'), page.indexOf('الاخبار المتعلقة')).trim();
}

export function runEval(root: string): EvalReport {
  return evaluate(labelledSet(referenceBody(root)));
}
