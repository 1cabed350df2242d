import { foldArabic } from '@news/text';

// "تحرير: أمنة رياض" prints the role with a colon; the colon is not part of it.
const TRAILING_COLON = /[:：]$/u;

/**
 * How many of the leading `words` spell `label`, compared after folding (so
 * "خبر انساني" matches the label "خبر إنساني"); 0 when they do not.
 */
export function leadingLabelLength(words: readonly string[], label: string): number {
  const labelWords = foldArabic(label).split(' ');
  if (words.length < labelWords.length) return 0;
  const matches = labelWords.every((labelWord, i) => foldArabic(words[i].replace(TRAILING_COLON, '')) === labelWord);
  return matches ? labelWords.length : 0;
}

/** Labels with the most words first, so "تحرير الترجمة" is tried before "تحرير". */
export function longestLabelsFirst<T extends { label: string }>(entries: readonly T[]): T[] {
  const wordCount = (entry: T): number => entry.label.split(' ').length;
  return [...entries].sort((a, b) => wordCount(b) - wordCount(a));
}
