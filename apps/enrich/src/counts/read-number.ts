import { foldKey } from '../matching/fold';

/**
 * Number words in English and Arabic (folded forms: ة→ه, أ→ا), digits
 * Western or Arabic-Indic (the folding makes them Western), with the
 * approximation words the wires put in front ("nearly 400", "نحو 400").
 */
const EN_UNIT_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};

/** Keyed by folded form, as tokens come: "three" → "thre". */
const EN_UNITS: Record<string, number> = Object.fromEntries(
  Object.entries(EN_UNIT_WORDS).map(([w, n]) => [foldKey(w), n]),
);

// Folded Arabic: masculine and feminine forms, nominative and oblique.
const AR_UNIT_WORDS: Record<string, number> = {
  واحد: 1,
  واحده: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  ثلاثه: 3,
  ثلاث: 3,
  اربعه: 4,
  اربع: 4,
  خمسه: 5,
  خمس: 5,
  سته: 6,
  ست: 6,
  سبعه: 7,
  سبع: 7,
  ثمانيه: 8,
  ثماني: 8,
  ثمان: 8,
  تسعه: 9,
  تسع: 9,
  عشره: 10,
  عشر: 10,
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
  مئه: 100,
  مائه: 100,
  مئتان: 200,
  مئتين: 200,
  مائتين: 200,
  الف: 1000,
  الفين: 2000,
};

/** Keyed by folded form too: "مئة" folds to "ميه". */
const AR_UNITS: Record<string, number> = Object.fromEntries(
  Object.entries(AR_UNIT_WORDS).map(([w, n]) => [foldKey(w), n]),
);
const HUNDREDS = new RegExp(`^(ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:${foldKey('مئة')}|${foldKey('مائة')})$`, 'u');

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

export const NUMBER_WORDS = [...Object.keys(EN_UNITS), 'hundred', 'thousand', 'a', 'and', ...Object.keys(AR_UNITS)];

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
  // most words are no number: two hash lookups settle it
  if (
    (first < 48 || first > 57) &&
    EN_UNITS[t] === undefined &&
    AR_UNITS[t] === undefined &&
    t !== 'a' &&
    !HUNDREDS.test(t)
  )
    return undefined;
  if (/^\d+$/.test(t)) {
    // "150 ألف", "3 thousand"
    const next = tokens[i + 1];
    if (next === 'thousand' || next === 'الف' || next === 'الاف') return { value: Number(t) * 1000, length: 2 };
    return { value: Number(t), length: 1 };
  }
  if (EN_UNITS[t] !== undefined) {
    let value = EN_UNITS[t];
    let length = 1;
    if (value >= 20 && EN_UNITS[tokens[i + 1]] !== undefined && EN_UNITS[tokens[i + 1]] < 10) {
      value += EN_UNITS[tokens[i + 1]];
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
  const ar = AR_UNITS[t];
  if (ar !== undefined) {
    let value = ar;
    let length = 1;
    // "اربعه عشر" = 14
    if (value < 10 && (tokens[i + 1] === 'عشر' || tokens[i + 1] === 'عشره')) return { value: value + 10, length: 2 };
    // "ثلاثه الاف" = 3000
    if (value < 10 && (tokens[i + 1] === 'الاف' || tokens[i + 1] === 'الف')) return { value: value * 1000, length: 2 };
    // "ثلاث مئه" written apart
    if (value < 10 && (tokens[i + 1] === foldKey('مئة') || tokens[i + 1] === foldKey('مائة')))
      return { value: value * 100, length: 2 };
    // "ثلاثه وعشرون" = 23
    const next = tokens[i + 1]?.startsWith('و') ? AR_UNITS[tokens[i + 1].slice(1)] : undefined;
    if (value < 10 && next !== undefined && next >= 20 && next < 100) {
      value += next;
      length++;
    }
    return { value, length };
  }
  // "ثلاثمئه", "خمسمائه"
  const hundreds = HUNDREDS.exec(t);
  if (hundreds) return { value: AR_UNITS[hundreds[1]] * 100, length: 1 };
  return undefined;
}

/** Whether the folded words before a number mark it as approximate. */
export function isApproximate(tokens: readonly string[], i: number): boolean {
  const one = tokens[i - 1];
  const two = `${tokens[i - 2]} ${tokens[i - 1]}`;
  const three = `${tokens[i - 3]} ${tokens[i - 2]} ${tokens[i - 1]}`;
  return APPROXIMATE.has(one) || APPROXIMATE.has(two) || APPROXIMATE.has(three);
}
