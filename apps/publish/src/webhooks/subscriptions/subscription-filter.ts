import { ArticleFacts, foldKey } from '../../published/article-facts';
import { WebhookError } from '../webhook-errors';

/** Which changes a subscriber wants; an empty filter is every change. All given fields must match. */
export interface SubscriptionFilter {
  language?: string;
  category?: string;
  /** An id the article's places are known by, as the read API's `place` takes it. */
  place?: string;
  organisation?: string;
}

export const FILTER_FIELDS = ['language', 'category', 'place', 'organisation'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const MAX_LENGTH = 200;

/** A filter from what an operator typed or an admin client sent; every bad field is named. */
export function subscriptionFilterFrom(input: Partial<Record<FilterField, unknown>>): SubscriptionFilter {
  const filter: SubscriptionFilter = {};
  for (const field of FILTER_FIELDS) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_LENGTH)
      throw new WebhookError('INVALID_FILTER', `${field} must be a text of 1 to ${MAX_LENGTH} characters`, field);
    filter[field] = value.trim();
  }
  if (filter.language !== undefined) {
    if (!LANGUAGE.test(filter.language))
      throw new WebhookError('INVALID_FILTER', `language must be a language code such as "en" or "ar"`, 'language');
    filter.language = filter.language.toLowerCase();
  }
  return filter;
}

/**
 * Whether a change is one the subscriber wants. Places and organisations
 * match any id the article knows them by (uri, literal, enrich's entity id,
 * the folded name), as the read API's filters do, so "Idlib", "إدلب" and
 * "geonames:169389" all find the same story.
 */
export function matchesFilter(filter: SubscriptionFilter, facts: ArticleFacts): boolean {
  if (filter.language !== undefined && facts.language.toLowerCase() !== filter.language) return false;
  if (filter.category !== undefined && facts.category !== filter.category) return false;
  if (filter.place !== undefined && !knows(facts, 'place', filter.place)) return false;
  if (filter.organisation !== undefined && !knows(facts, 'organisation', filter.organisation)) return false;
  return true;
}

function knows(facts: ArticleFacts, kind: 'place' | 'organisation', id: string): boolean {
  return facts.filterKeys.includes(`${kind}:${id}`) || facts.filterKeys.includes(`${kind}:${foldKey(id)}`);
}
