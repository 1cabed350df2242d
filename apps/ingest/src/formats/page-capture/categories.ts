import { leadingLabelLength, longestLabelsFirst } from './leading-label';

/**
 * The category labels SMART prints after the publish date, and our codes for
 * them. Matched on folded text, so one spelling per label is enough (خبر
 * إنساني also matches خبر انساني). Add a row here when the site adds one.
 */
export const PAGE_CATEGORIES: ReadonlyArray<{ label: string; code: string }> = [
  { label: 'خبر عسكري', code: 'military' },
  { label: 'خبر سياسي', code: 'politics' },
  { label: 'خبر إنساني', code: 'humanitarian' },
  { label: 'خبر اقتصادي', code: 'economy' },
  { label: 'خبر أمني', code: 'security' },
  { label: 'خبر محلي', code: 'local' },
  { label: 'تقرير', code: 'report' },
  { label: 'خبر خدمي', code: 'services' },
];

const BY_LONGEST_LABEL = longestLabelsFirst(PAGE_CATEGORIES);

export interface CategoryAndTags {
  /** Our code and the label as the page printed it. */
  category?: { code: string; label: string };
  tags: string[];
}

/**
 * "خبر عسكري تنظيم الدولة الإسلامية" → category military, tag "تنظيم الدولة
 * الإسلامية". The page separates the two by nothing but a space, so the tag
 * can only be found once the category is known: with an unknown category we
 * report neither rather than guess where one ends.
 */
export function readCategoryAndTags(text: string): CategoryAndTags {
  const words = text.split(' ').filter((word) => word !== '');
  for (const { label, code } of BY_LONGEST_LABEL) {
    const length = leadingLabelLength(words, label);
    if (length === 0) continue;
    const tag = words.slice(length).join(' ');
    return { category: { code, label: words.slice(0, length).join(' ') }, tags: tag === '' ? [] : [tag] };
  }
  return { tags: [] };
}
