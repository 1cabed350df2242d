import { foldArabic } from './normalize';

// Both sets Arabic newsrooms print: the Egyptian/Gulf names borrowed from
// Latin and the Levantine (Syriac) names Syrian outlets use. Spelling
// variants that differ only by hamza or teh marbuta fold together anyway.
export const ARABIC_MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['يناير', 'كانون الثاني'],
  ['فبراير', 'شباط'],
  ['مارس', 'آذار'],
  ['أبريل', 'إبريل', 'نيسان'],
  ['مايو', 'أيار'],
  ['يونيو', 'يونيه', 'حزيران'],
  ['يوليو', 'يوليه', 'تموز'],
  ['أغسطس', 'آب'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
];

const MONTH_BY_KEY: ReadonlyMap<string, number> = new Map(
  ARABIC_MONTH_NAMES.flatMap((names, index) => names.map((name) => [foldArabic(name), index + 1] as const)),
);

/**
 * 1–12 for an Arabic month name, or undefined. Syrian pages often print both
 * names, "شباط/فبراير"; that counts when both halves name the same month.
 */
export function arabicMonthNumber(name: string): number | undefined {
  const months = name.split('/').map((part) => MONTH_BY_KEY.get(foldArabic(part)));
  const [first] = months;
  return months.every((month) => month !== undefined && month === first) ? first : undefined;
}
