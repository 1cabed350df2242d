import {
  ARABIC_NUMBER_MULTIPLIERS,
  ARABIC_NUMBER_UNITS,
  ENGLISH_NUMBER_MULTIPLIERS,
  ENGLISH_NUMBER_UNITS,
  foldArabic,
  toWesternDigits,
} from '@news/text';

/**
 * The numbers a text states, as values: digits (Arabic-Indic or western,
 * with thousands separators and decimals) and number words in Arabic or
 * English ("ثلاثة" and "three" are both 3, "خمسة وعشرون" and
 * "twenty-five" both 25, "ثلاثمئة" 300, "أربعة آلاف" 4000).
 */
export function numberValues(text: string): Set<number> {
  const values = new Set<number>();
  const western = toWesternDigits(text)
    .replace(/[\u066B]/g, '.')
    .replace(/[\u066C]/g, ',');
  for (const match of western.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g))
    values.add(Number(match[0].replace(/,/g, '')));
  for (const value of wordNumbers(western)) values.add(value);
  return values;
}

const ARABIC_UNITS = ARABIC_NUMBER_UNITS;
const ARABIC_MULTIPLIERS = ARABIC_NUMBER_MULTIPLIERS;
/** "ثلاثمئة", "تسعمائة": a unit and hundred written as one word. */
const ARABIC_HUNDREDS = /^(ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(مئه|مائه)$/;

const ENGLISH_UNITS = ENGLISH_NUMBER_UNITS;
const ENGLISH_MULTIPLIERS = ENGLISH_NUMBER_MULTIPLIERS;

interface Word {
  value?: number;
  multiplier?: number;
  /** "و" between parts of one Arabic number, "and" in "one hundred and five", a hyphen. */
  joiner?: boolean;
}

function readWord(token: string): Word | null {
  const lower = token.toLowerCase();
  if (ENGLISH_UNITS[lower] !== undefined) return { value: ENGLISH_UNITS[lower] };
  if (ENGLISH_MULTIPLIERS[lower] !== undefined) return { multiplier: ENGLISH_MULTIPLIERS[lower] };
  if (lower === 'and') return { joiner: true };
  const folded = foldArabic(token);
  for (const candidate of arabicCandidates(folded)) {
    if (ARABIC_UNITS[candidate] !== undefined) return { value: ARABIC_UNITS[candidate] };
    if (ARABIC_MULTIPLIERS[candidate] !== undefined) return { multiplier: ARABIC_MULTIPLIERS[candidate] };
    const hundreds = ARABIC_HUNDREDS.exec(candidate);
    if (hundreds) return { value: (ARABIC_UNITS[hundreds[1]] ?? 0) * 100 };
  }
  if (folded === 'و') return { joiner: true };
  return null;
}

/** The word itself, then without a proclitic (و ف ب ل) and the article (ال). */
function arabicCandidates(word: string): string[] {
  const candidates = [word];
  const withoutProclitic = /^[وفبل]/.test(word) ? word.slice(1) : word;
  candidates.push(withoutProclitic);
  if (withoutProclitic.startsWith('ال')) candidates.push(withoutProclitic.slice(2));
  return candidates;
}

/**
 * Sums runs of number words: "خمسة وعشرون" 25, "three hundred and five" 305,
 * "أربعة آلاف" 4000. A run ends at any other word.
 */
function wordNumbers(text: string): number[] {
  const values: number[] = [];
  const tokens = text.split(/[\s\-–—،,.;:!?()"'«»“”]+/u).filter(Boolean);
  let total = 0;
  let current = 0;
  let inRun = false;
  const flush = () => {
    if (inRun) values.push(total + current);
    total = 0;
    current = 0;
    inRun = false;
  };
  for (const token of tokens) {
    const word = readWord(token);
    if (!word || (word.joiner && !inRun)) {
      flush();
      continue;
    }
    if (word.joiner) continue;
    if (word.value !== undefined) {
      // "ثلاثة عشر": a unit followed by ten is a teen.
      if (word.value === 10 && inRun && current > 0 && current < 10) current += 10;
      else if (inRun && current > 0 && word.value >= 10 && current >= 10) {
        flush();
        current = word.value;
        inRun = true;
      } else current += word.value;
      inRun = true;
    } else if (word.multiplier !== undefined) {
      const base = inRun ? current || 1 : 1;
      if (word.multiplier >= 1000) {
        total += base * word.multiplier;
        current = 0;
      } else current = base * word.multiplier;
      inRun = true;
    }
  }
  flush();
  return values;
}
