/**
 * Script-based language detection, and no more than that: it tells Arabic
 * from English. Arabic-script text is "ar" unless letters only Persian or
 * Urdu use show up; Latin-script text is "en" only when common English
 * function words back it up. Anything else (French, Persian, a mix, too few
 * letters) is "und" rather than a guess.
 */
export type DetectedLanguage = 'ar' | 'en' | 'und';

export interface LanguageGuess {
  language: DetectedLanguage;
  /** How strongly the evidence backs the answer, 0–1; always 0 for "und". */
  confidence: number;
}

/** Share of letters that must be in one script before we name a language. */
const MIN_SCRIPT_SHARE = 0.6;
/** Share of Latin words that must be English function words to say "en". */
const MIN_FUNCTION_WORD_SHARE = 0.1;
/** English prose runs at about 40% function words; 20% counts as full support. */
const FULL_FUNCTION_WORD_SHARE = 0.2;
/** Persian/Urdu letters beyond this share of Arabic-script letters mean "not Arabic". */
const MAX_NON_ARABIC_LETTER_SHARE = 0.01;

// A letter of some script: tatweel (ـ) is a letter to Unicode but belongs to
// no script (Common), and only stretches the word it sits in.
const LETTER = /\p{L}/u;
const NO_SCRIPT = /\p{Script=Common}/u;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const LATIN_SCRIPT = /\p{Script=Latin}/u;
// پ چ ژ گ (Persian) and ٹ ڈ ڑ ں ے (Urdu); ک and ی are left out because
// Arabic typed on a Persian keyboard uses them too.
const NON_ARABIC_LETTER = /[\u067E\u0686\u0698\u06AF\u0679\u0688\u0691\u06BA\u06D2]/;
const LATIN_WORD = /\p{Script=Latin}+(?:['’]\p{Script=Latin}+)?/gu;

// Chosen to be rare as words in other Latin-script languages: no "a", "in",
// "on", "to", "is", "was", "an", which French, German, Dutch or Polish share.
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'of',
  'and',
  'that',
  'with',
  'for',
  'from',
  'which',
  'this',
  'these',
  'were',
  'have',
  'has',
  'had',
  'been',
  'said',
  'their',
  'they',
  'will',
  'would',
  'its',
  'into',
  'after',
  'about',
  'who',
  'are',
  'not',
  'but',
  'there',
  'when',
]);

const UNDETERMINED: LanguageGuess = { language: 'und', confidence: 0 };

export function detectLanguage(text: string): LanguageGuess {
  const letters = countLetters(text);
  if (letters.total === 0) return UNDETERMINED;
  const arabicShare = letters.arabic / letters.total;
  const latinShare = letters.latin / letters.total;
  if (arabicShare >= MIN_SCRIPT_SHARE) return arabicScriptGuess(letters, arabicShare);
  if (latinShare >= MIN_SCRIPT_SHARE) return latinScriptGuess(text, latinShare);
  return UNDETERMINED;
}

interface LetterCounts {
  total: number;
  arabic: number;
  latin: number;
  nonArabicInArabicScript: number;
}

function countLetters(text: string): LetterCounts {
  const counts: LetterCounts = { total: 0, arabic: 0, latin: 0, nonArabicInArabicScript: 0 };
  const composed = text.normalize('NFC');
  for (let i = 0; i < composed.length; i += 1) {
    const code = composed.codePointAt(i) ?? 0;
    if (code > 0xffff) i += 1; // the low half of a surrogate pair
    const kind = kindOf(code);
    if ((kind & LETTER_KIND) === 0) continue;
    counts.total += 1;
    if (kind & LATIN_KIND) counts.latin += 1;
    if (kind & ARABIC_KIND) counts.arabic += 1;
    if (kind & NON_ARABIC_KIND) counts.nonArabicInArabicScript += 1;
  }
  return counts;
}

// What a code point counts as, as bits. Detection runs on every ingested
// body, and four Unicode property tests per character were its whole cost:
// ASCII is answered directly, anything else once per code point and cached.
const LETTER_KIND = 1;
const LATIN_KIND = 2;
const ARABIC_KIND = 4;
const NON_ARABIC_KIND = 8;
const KINDS = new Map<number, number>();
// Enough for every script a newsroom sees; a text of random code points
// must not grow the cache without bound.
const MAX_CACHED_KINDS = 65_536;

function kindOf(code: number): number {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? LETTER_KIND | LATIN_KIND : 0;
  let kind = KINDS.get(code);
  if (kind === undefined) {
    kind = classify(String.fromCodePoint(code));
    if (KINDS.size < MAX_CACHED_KINDS) KINDS.set(code, kind);
  }
  return kind;
}

function classify(char: string): number {
  if (!LETTER.test(char) || NO_SCRIPT.test(char)) return 0;
  let kind = LETTER_KIND;
  if (LATIN_SCRIPT.test(char)) kind |= LATIN_KIND;
  if (ARABIC_SCRIPT.test(char)) kind |= ARABIC_KIND | (NON_ARABIC_LETTER.test(char) ? NON_ARABIC_KIND : 0);
  return kind;
}

function arabicScriptGuess(letters: LetterCounts, arabicShare: number): LanguageGuess {
  const nonArabicShare = letters.nonArabicInArabicScript / letters.arabic;
  if (nonArabicShare > MAX_NON_ARABIC_LETTER_SHARE) return UNDETERMINED;
  return { language: 'ar', confidence: round(arabicShare) };
}

function latinScriptGuess(text: string, latinShare: number): LanguageGuess {
  const words = text.toLowerCase().match(LATIN_WORD) ?? [];
  const functionWords = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  const functionShare = words.length === 0 ? 0 : functionWords / words.length;
  if (functionShare < MIN_FUNCTION_WORD_SHARE) return UNDETERMINED;
  const support = Math.min(1, functionShare / FULL_FUNCTION_WORD_SHARE);
  return { language: 'en', confidence: round(latinShare * support) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
