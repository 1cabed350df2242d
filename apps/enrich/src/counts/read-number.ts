import { ARABIC_NUMBER_UNITS, ENGLISH_NUMBER_UNITS } from '@news/text';
import { foldKey } from '../matching/fold';
import { FoldedWords, WordSieve } from './folded-words';

/**
 * Number words in English and Arabic (folded forms: ة→ه, أ→ا), digits
 * Western or Arabic-Indic (the folding makes them Western), with the
 * approximation words the wires put in front ("nearly 400", "نحو 400").
 */
// "zero killed" is no count; "a dozen" is one.
const { zero: _zero, ...englishCounting } = ENGLISH_NUMBER_UNITS;
const EN_UNIT_WORDS: Record<string, number> = { ...englishCounting, dozen: 12 };

/**
 * Keyed by folded form, as tokens come: "three" → "thre". Maps, not object
 * literals: a token such as "constructor" must not find Object.prototype's.
 */
const EN_UNITS: ReadonlyMap<string, number> = new Map(Object.entries(EN_UNIT_WORDS).map(([w, n]) => [foldKey(w), n]));

// Thousands are read as words of their own here ("الف" 1000, "الفين" 2000).
const AR_UNIT_WORDS: Record<string, number> = { ...ARABIC_NUMBER_UNITS, الف: 1000, الفين: 2000 };

/** Keyed by folded form too: "مئة" folds to "ميه". */
const AR_UNITS: ReadonlyMap<string, number> = new Map(Object.entries(AR_UNIT_WORDS).map(([w, n]) => [foldKey(w), n]));
const HUNDRED_SPELLINGS = [foldKey('مئة'), foldKey('مائة')];

/** "ثلاثمئه", "خمسمائه": the hundreds written as one word, by folded spelling. */
const HUNDREDS: ReadonlyMap<string, number> = new Map(
  ['ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].flatMap((unit) =>
    HUNDRED_SPELLINGS.map((hundred) => [`${unit}${hundred}`, AR_UNITS.get(unit)! * 100] as const),
  ),
);

/** Every word a number can begin with, so that most tokens are turned away with one lookup. */
const NUMBER_OPENERS: ReadonlySet<string> = new Set([...EN_UNITS.keys(), ...AR_UNITS.keys(), 'a', ...HUNDREDS.keys()]);
const OPENER_SIEVE = new WordSieve(NUMBER_OPENERS);

/** Whether a number may start at word `i`, told without making the word a string: most words are turned away here. */
export function mayOpenNumber(words: FoldedWords, i: number): boolean {
  const first = words.text.charCodeAt(words.start(i));
  return (first >= 48 && first <= 57) || words.mayBe(i, OPENER_SIEVE);
}

const APPROXIMATE = new Set(
  [
    'nearly',
    'about',
    'around',
    'approximately',
    'some',
    'almost',
    'roughly',
    'at least',
    'more than',
    'over',
    'up to',
    'نحو',
    'قرابه',
    'حوالي',
    'اكثر من',
    'ما يقارب',
    'ما لا يقل عن',
    'زهاء',
    'قرابة',
  ].map(foldKey),
);

export const NUMBER_WORDS = [...EN_UNITS.keys(), 'hundred', 'thousand', 'a', 'and', ...AR_UNITS.keys()];

/** Words by index, undefined past the end: an array of words, or a story's folded words. */
export interface WordList {
  at(index: number): string | undefined;
}

export interface NumberReading {
  value: number;
  /** Tokens consumed. */
  length: number;
}

/**
 * Reads a number from folded tokens starting at `i`: "400", "four", "twenty three",
 * "two hundred", "ثلاثه وعشرون", "اربعه عشر", "ثلاثمئه". Undefined when none starts there.
 */
export function readNumber(tokens: WordList, i: number): NumberReading | undefined {
  const t = tokens.at(i);
  if (t === undefined) return undefined;
  const first = t.charCodeAt(0);
  // most words are no number: one hash lookup settles it
  if ((first < 48 || first > 57) && !NUMBER_OPENERS.has(t)) return undefined;
  const following = tokens.at(i + 1);
  if (isDigits(t)) {
    // "150 ألف", "3 thousand"
    if (following === 'thousand' || following === 'الف' || following === 'الاف')
      return { value: Number(t) * 1000, length: 2 };
    return { value: Number(t), length: 1 };
  }
  const en = EN_UNITS.get(t);
  if (en !== undefined) {
    let value = en;
    let length = 1;
    const unit = following === undefined ? undefined : EN_UNITS.get(following);
    if (value >= 20 && unit !== undefined && unit < 10) {
      value += unit;
      length++;
    }
    const scale = tokens.at(i + length);
    if (scale === 'hundred') {
      value *= 100;
      length++;
    } else if (scale === 'thousand') {
      value *= 1000;
      length++;
    }
    return { value, length };
  }
  if (t === 'a' && following === 'dozen') return { value: 12, length: 2 };
  if (t === 'hundred' || t === 'thousand') return undefined;
  const ar = AR_UNITS.get(t);
  if (ar !== undefined) {
    let value = ar;
    let length = 1;
    // "اربعه عشر" = 14
    if (value < 10 && (following === 'عشر' || following === 'عشره')) return { value: value + 10, length: 2 };
    // "ثلاثه الاف" = 3000
    if (value < 10 && (following === 'الاف' || following === 'الف')) return { value: value * 1000, length: 2 };
    // "ثلاث مئه" written apart
    if (value < 10 && following !== undefined && HUNDRED_SPELLINGS.includes(following))
      return { value: value * 100, length: 2 };
    // "ثلاثه وعشرون" = 23
    const next = following?.startsWith('و') ? AR_UNITS.get(following.slice(1)) : undefined;
    if (value < 10 && next !== undefined && next >= 20 && next < 100) {
      value += next;
      length++;
    }
    return { value, length };
  }
  // "ثلاثمئه", "خمسمائه"
  const hundreds = HUNDREDS.get(t);
  if (hundreds !== undefined) return { value: hundreds, length: 1 };
  return undefined;
}

/** Western digits only, as /^\d+$/ reads them: folding has made Arabic-Indic digits Western. */
function isDigits(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Whether the folded words before a number mark it as approximate. */
export function isApproximate(tokens: FoldedWords, i: number): boolean {
  // before the first word there is none: "undefined", which no approximation word is
  const one = String(tokens.at(i - 1));
  const two = `${tokens.at(i - 2)} ${one}`;
  const three = `${tokens.at(i - 3)} ${two}`;
  return APPROXIMATE.has(one) || APPROXIMATE.has(two) || APPROXIMATE.has(three);
}
