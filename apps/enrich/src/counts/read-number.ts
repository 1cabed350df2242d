import { ARABIC_NUMBER_UNITS, ENGLISH_NUMBER_UNITS } from '@news/text';
import { foldKey } from '../matching/fold';

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

export interface NumberReading {
  value: number;
  /** Tokens consumed. */
  length: number;
}

/**
 * Reads a number from folded tokens starting at `i`: "400", "four", "twenty three",
 * "two hundred", "ثلاثه وعشرون", "اربعه عشر", "ثلاثمئه". Undefined when none starts there.
 */
export function readNumber(tokens: readonly string[], i: number): NumberReading | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const first = t.charCodeAt(0);
  // most words are no number: one hash lookup settles it
  if ((first < 48 || first > 57) && !NUMBER_OPENERS.has(t)) return undefined;
  if (isDigits(t)) {
    // "150 ألف", "3 thousand"
    const next = tokens[i + 1];
    if (next === 'thousand' || next === 'الف' || next === 'الاف') return { value: Number(t) * 1000, length: 2 };
    return { value: Number(t), length: 1 };
  }
  const en = EN_UNITS.get(t);
  if (en !== undefined) {
    let value = en;
    let length = 1;
    const unit = EN_UNITS.get(tokens[i + 1]);
    if (value >= 20 && unit !== undefined && unit < 10) {
      value += unit;
      length++;
    }
    if (tokens[i + length] === 'hundred') {
      value *= 100;
      length++;
    } else if (tokens[i + length] === 'thousand') {
      value *= 1000;
      length++;
    }
    return { value, length };
  }
  if (t === 'a' && tokens[i + 1] === 'dozen') return { value: 12, length: 2 };
  if (t === 'hundred' || t === 'thousand') return undefined;
  const ar = AR_UNITS.get(t);
  if (ar !== undefined) {
    let value = ar;
    let length = 1;
    // "اربعه عشر" = 14
    if (value < 10 && (tokens[i + 1] === 'عشر' || tokens[i + 1] === 'عشره')) return { value: value + 10, length: 2 };
    // "ثلاثه الاف" = 3000
    if (value < 10 && (tokens[i + 1] === 'الاف' || tokens[i + 1] === 'الف')) return { value: value * 1000, length: 2 };
    // "ثلاث مئه" written apart
    if (value < 10 && HUNDRED_SPELLINGS.includes(tokens[i + 1])) return { value: value * 100, length: 2 };
    // "ثلاثه وعشرون" = 23
    const next = tokens[i + 1]?.startsWith('و') ? AR_UNITS.get(tokens[i + 1].slice(1)) : undefined;
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
export function isApproximate(tokens: readonly string[], i: number): boolean {
  const one = tokens[i - 1];
  const two = `${tokens[i - 2]} ${tokens[i - 1]}`;
  const three = `${tokens[i - 3]} ${tokens[i - 2]} ${tokens[i - 1]}`;
  return APPROXIMATE.has(one) || APPROXIMATE.has(two) || APPROXIMATE.has(three);
}
