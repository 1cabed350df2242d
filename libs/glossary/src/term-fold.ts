/**
 * Text folded for finding terms, with a map back to the original offsets so
 * a match can be shown where it stands. Arabic letter variants fold as
 * libs/text's foldArabic folds them (أ إ آ ٱ → ا, ى → ي, ة → ه, Persian
 * ک ی), harakat, tatweel and invisible controls vanish, Latin letters are
 * lower-cased, curly apostrophes become straight, Arabic-Indic digits
 * western, and any run of punctuation or spacing (quotes included: the
 * Arabic press writes تنظيم "الدولة الإسلامية") is one space. Hyphens and
 * apostrophes stay, so "Tahrir-al-Sham" is not "Tahrir al-Sham".
 */
export interface FoldedText {
  text: string;
  /** map[i] is the offset in the original of folded character i; map[text.length] is the original's length. */
  map: number[];
}

const LETTER_FOLDS: Record<string, string> = {
  '\u0622': '\u0627',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0671': '\u0627',
  '\u0649': '\u064A',
  '\u06CC': '\u064A',
  '\u06A9': '\u0643',
  '\u0629': '\u0647',
  '\u2019': "'",
  '\u2018': "'",
  '\u02BC': "'",
  '\u02BE': "'",
  '\u02BF': "'",
  '`': "'",
  '\u2010': '-',
  '\u2011': '-',
};

const IGNORED = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u200B-\u200F\u061C\u00AD]/;
const WORD_CHAR = /[\p{L}\p{N}'-]/u;
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;

export function foldForMatching(original: string): FoldedText {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    let ch = original[i];
    if (IGNORED.test(ch)) continue;
    if (EASTERN_DIGIT.test(ch)) {
      const code = ch.charCodeAt(0);
      ch = String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
    }
    ch = LETTER_FOLDS[ch] ?? ch;
    if (!WORD_CHAR.test(ch)) {
      if (text.length > 0 && !text.endsWith(' ')) {
        text += ' ';
        map.push(i);
      }
      continue;
    }
    const lower = ch.toLowerCase();
    // A few letters lower-case to two characters (İ); keep the map one-to-one.
    for (const part of lower) {
      text += part;
      map.push(i);
    }
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    map.pop();
  }
  map.push(original.length);
  return { text, map };
}

/** The folded form alone, for comparing two spellings. */
export function foldTerm(form: string): string {
  return foldForMatching(form).text;
}
