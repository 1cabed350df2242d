import { BoundedMemo } from './bounded-memo';
/**
 * Folding for matching (never for display): Arabic letter variants, hamza
 * carriers, ta marbuta, alef maqsura, tatweel and harakat; Latin case,
 * diacritics, apostrophes and ayn/hamza marks, doubled letters and the
 * assimilated article ("an-Numan", "ash-Sham", "el-Bab" → "al …"); every run
 * of anything that is not a letter or digit becomes one space. Arabic-Indic
 * digits become Western. Each folded character keeps the offset of the
 * character it came from, so a match in folded text maps back to the text as
 * written.
 */
export interface FoldedText {
  /** The folded text. */
  text: string;
  /** `origin[i]` is the offset in the original text of folded character `i`. */
  origin: Int32Array;
  /** Where each word (run of characters between spaces) starts and ends in the folded text. */
  words: WordBounds;
}

export interface WordBounds {
  starts: Int32Array;
  /** Exclusive. */
  ends: Int32Array;
}

const ARABIC_FOLDS: Record<string, string> = {
  '\u0622': '\u0627', // آ
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0671': '\u0627', // ٱ
  '\u0649': '\u064A', // ى → ي
  '\u06CC': '\u064A', // Persian ی
  '\u06A9': '\u0643', // Persian ک
  '\u0629': '\u0647', // ة → ه
  '\u0626': '\u064A', // ئ → ي
  '\u0624': '\u0648', // ؤ → و
};

// Removed without a trace: tatweel, harakat, superscript alef, Quranic marks,
// bidi and joiner controls, apostrophes and the ayn/hamza marks of transliteration.
const DROPPED = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u200B-\u200F\u061C\u2060\uFEFF'’‘`´ʿʾʼʻ]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ARTICLE_WITH_HYPHEN = /^(?:a[lnsrdtz]|ash|ath|e[lnsrdtz]|ul)-(?=\p{L})/iu;

const cache = new Map<string, string>();

function foldChar(c: string): string {
  const cached = cache.get(c);
  if (cached !== undefined) return cached;
  let out: string;
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) out = String(code - 0x0660);
  else if (code >= 0x06f0 && code <= 0x06f9) out = String(code - 0x06f0);
  else if (ARABIC_FOLDS[c]) out = ARABIC_FOLDS[c];
  else if (DROPPED.test(c)) out = '';
  else if (!LETTER_OR_DIGIT.test(c)) out = ' ';
  else if (code >= 0x0600 && code <= 0x06ff) out = c;
  else {
    out = c
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
    if (out.length > 1) out = out[0];
  }
  cache.set(c, out);
  return out;
}

// Basic Latin to Arabic, precomputed as code units (-1: dropped): a story is nearly all in this range.
const DROP = -1;
const SPACE = 0x20;
const TABLE = Int32Array.from({ length: 0x0700 }, (_, code) => codeOf(foldChar(String.fromCharCode(code))));

function codeOf(folded: string): number {
  return folded === '' ? DROP : folded.charCodeAt(0);
}

const DASH = 0x2d;

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669);
}

/**
 * Scratch for the two arrays `fold` does not return: the text's code units
 * and the folded ones. Allocating them cost 6-8 µs a story; reused, a story
 * pays only for `origin`. Bounded: a text longer than `SCRATCH_UNITS` gets
 * arrays of its own.
 */
const SCRATCH_UNITS = 1 << 16;
const LOOKAHEAD = 4;
const scratchCodes = new Uint16Array(SCRATCH_UNITS + LOOKAHEAD);
const scratchBytes = Buffer.from(scratchCodes.buffer, scratchCodes.byteOffset, scratchCodes.byteLength);
const scratchOut = new Uint16Array(SCRATCH_UNITS + 2);
// a word takes a character and the space after it: half as many words as characters, and one
const scratchWordStarts = new Int32Array((SCRATCH_UNITS >> 1) + 2);
const scratchWordEnds = new Int32Array((SCRATCH_UNITS >> 1) + 2);

/**
 * The text's UTF-16 code units, copied natively, with zeros after the end so
 * a look a few characters ahead needs no bounds check. Reading a typed array
 * is as fast whatever the string's inner shape; `charCodeAt` in a loop that
 * has seen flat, sliced and concatenated strings (fold serves them all) ran
 * two to three times slower.
 */
function codeUnitsOf(text: string): Uint16Array {
  if (text.length > SCRATCH_UNITS) {
    const codes = new Uint16Array(text.length + LOOKAHEAD);
    Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).write(text, 'utf16le');
    return codes;
  }
  scratchBytes.write(text, 'utf16le');
  // the last story's code units may lie past this one's end
  scratchCodes.fill(0, text.length, text.length + LOOKAHEAD);
  return scratchCodes;
}

/** Where the folded code units are written: `fold` decodes them into a string before it returns. */
function foldedUnitsFor(text: string): Uint16Array {
  return text.length > SCRATCH_UNITS ? new Uint16Array(text.length + 2) : scratchOut;
}

export function fold(text: string): FoldedText {
  const codes = codeUnitsOf(text);
  const out = foldedUnitsFor(text);
  const length = text.length;
  const origin = new Int32Array(length + 1);
  // The words are noted as they are folded, where a second pass over the folded text found them again.
  const big = length > SCRATCH_UNITS;
  const wordStarts = big ? new Int32Array((length >> 1) + 2) : scratchWordStarts;
  const wordEnds = big ? new Int32Array((length >> 1) + 2) : scratchWordEnds;
  let words = 0;
  let n = 0;
  let last = SPACE;
  let i = 0;
  while (i < length) {
    // Basic Latin to Arabic by the table, with no call in the loop: once a
    // story with an "al-" or a "’" had run the calls, V8 compiled them into
    // the loop, and fold ran twice as slow for every story after.
    for (; i < length; i++) {
      const code = codes[i];
      if (code >= 0x0700) break;
      const f = TABLE[code];
      if (f === DROP) continue;
      if (f === SPACE) {
        if (last === SPACE) continue;
        // "1,500" and "١٬٥٠٠" are one number (both commas fold to a space)
        if ((code === 0x2c || code === 0x066c) && last >= 0x30 && last <= 0x39 && isDigitCode(codes[i + 1])) continue;
        wordEnds[words++] = n;
      } else if (last === SPACE) {
        if (isArticleLetter(code) && (codes[i + 2] === DASH || codes[i + 3] === DASH)) break;
        wordStarts[words] = n;
      } else if (f === last && f >= 0x61 && f <= 0x7a) {
        continue; // Maarrat = Maarat
      }
      out[n] = f;
      origin[n++] = i;
      last = f;
    }
    if (i >= length) break;
    // The loop stopped where a word may open on an article, or at a character past Arabic.
    const code = codes[i];
    const article = code < 0x0700 ? articleAt(text, i) : 0;
    if (article > 0) {
      wordStarts[words] = n;
      out[n] = 0x61; // a
      origin[n++] = i;
      out[n] = 0x6c; // l
      origin[n++] = i + 1;
      wordEnds[words++] = n;
      out[n] = SPACE;
      origin[n++] = i + article - 1;
      last = SPACE;
      i += article;
      continue;
    }
    const f = code < 0x0700 ? TABLE[code] : foldCode(code);
    if (f === DROP || (f === SPACE && last === SPACE) || (f === last && f >= 0x61 && f <= 0x7a)) {
      i++;
      continue;
    }
    if (f === SPACE) wordEnds[words++] = n;
    else if (last === SPACE) wordStarts[words] = n;
    out[n] = f;
    origin[n++] = i++;
    last = f;
  }
  if (last !== SPACE) wordEnds[words++] = n;
  origin[n] = length;
  return {
    // Buffer's UTF-16 decoding copies the units as they are; TextDecoder checked and converted them (~5 µs a story)
    text: Buffer.from(out.buffer, out.byteOffset, n * 2).toString('utf16le'),
    origin: origin.subarray(0, n + 1),
    words: { starts: wordStarts.slice(0, words), ends: wordEnds.slice(0, words) },
  };
}

/** The folded code unit of a character past Arabic (given the code unit: `text[i]` is a read of any shape of string). */
function foldCode(code: number): number {
  return codeOf(foldChar(String.fromCharCode(code)));
}

/** a, e, u in either case: the letters an assimilated article starts with. */
function isArticleLetter(code: number): boolean {
  return code === 0x61 || code === 0x41 || code === 0x65 || code === 0x45 || code === 0x75 || code === 0x55;
}

/** The length of the assimilated article ("al-", "ash-") at `i`, 0 for none. */
function articleAt(text: string, i: number): number {
  const article = ARTICLE_WITH_HYPHEN.exec(text.slice(i, i + 5));
  return article ? article[0].length : 0;
}

/**
 * Keys already made, by name: a story's people and its dateline are keyed
 * each time they are named, and a name costs ~3 µs to fold (typed arrays, a
 * decoding). Bounded, since a consumer runs for weeks.
 */
const keys = new BoundedMemo<string, string>(10_000);

/** The folded key of a name: the folded text, trimmed. */
export function foldKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = fold(name).text.trim();
    keys.set(name, key);
  }
  return key;
}
