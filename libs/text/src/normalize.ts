// JavaScript's \s already covers NBSP, the Unicode space separators, line and
// paragraph separators and the BOM, which is what page captures leave behind.
const WHITESPACE_RUN = /\s+/g;

/** NFC, every run of whitespace (NBSP included) as one space, trimmed. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
}

const LETTER_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u0622\u0623\u0625\u0671]/g, '\u0627'], // آ أ إ ٱ → ا
  [/\u0649/g, '\u064A'], // ى → ي
  [/\u06CC/g, '\u064A'], // Persian ی, typed on Persian keyboards → ي
  [/\u06A9/g, '\u0643'], // Persian ک → ك
  [/\u0629/g, '\u0647'], // ة → ه
];

// Tatweel, harakat (tanween to sukun and the combining hamza/madda marks),
// superscript alef, Quranic annotation marks, and invisible bidi/joiner
// controls: none of them changes which word is written.
const IGNORED_MARKS = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u200C-\u200F\u061C]/g;

/**
 * A key for comparing Arabic words as readers do, so "أبريل" matches "ابريل"
 * and "خبر إنساني" matches "خبر انساني". For matching only: never show or
 * store the folded text.
 */
export function foldArabic(s: string): string {
  let folded = normalizeText(s);
  for (const [pattern, replacement] of LETTER_FOLDS) {
    folded = folded.replace(pattern, replacement);
  }
  return folded.replace(IGNORED_MARKS, '');
}
