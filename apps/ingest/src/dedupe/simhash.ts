import { foldArabic, toWesternDigits } from '@news/text';

/**
 * A 64-bit SimHash (Charikar) of a text: each word 3-shingle of the
 * normalised text is hashed to 64 bits, and each bit of the fingerprint is the
 * sign of the sum of that bit over all shingles (+1 for a one, -1 for a zero).
 * Texts that share most of their shingles share most of their bits: the
 * expected number of differing bits is 64·θ/π, where θ is the angle between
 * the two shingle-count vectors. Plain functions, no I/O.
 */
export interface SimHash {
  /** The fingerprint as an unsigned 64-bit integer. */
  value: bigint;
  /** How many shingles it was made from: a short text's fingerprint says less. */
  shingles: number;
}

export const SHINGLE_WORDS = 3;
export const BAND_COUNT = 4;
export const BAND_BITS = 16;

/**
 * The words of a text as matching sees them: Arabic letter variants, tatweel
 * and harakat folded (foldArabic), Eastern Arabic digits as Western ones,
 * lower-cased, Latin accents dropped, punctuation gone.
 */
export function matchingWords(text: string): string[] {
  const folded = toWesternDigits(foldArabic(text)).toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function simhash64(text: string): SimHash {
  const words = matchingWords(text);
  // A text shorter than one shingle is one shingle of all its words.
  const count = words.length === 0 ? 0 : Math.max(1, words.length - SHINGLE_WORDS + 1);
  // Each shingle is its words joined by one space, so it is a run of the
  // joined text: hashed where it lies, with no string made per shingle.
  const joined = words.join(' ');
  const starts = wordStarts(words);
  const ones = new Int32Array(64);
  for (let i = 0; i < count; i++) {
    const last = Math.min(i + SHINGLE_WORDS, words.length) - 1;
    const end = starts[last] + words[last].length;
    countOnes(ones, 0, murmur3(joined, starts[i], end, 0x9747b28c));
    countOnes(ones, 32, murmur3(joined, starts[i], end, 0x5bd1e995));
  }
  // A bit is set when more shingles have it set than not (the sign of the sum of ±1).
  let low = 0;
  let high = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (2 * ones[bit] > count) low |= 1 << bit;
    if (2 * ones[32 + bit] > count) high |= 1 << bit;
  }
  return { value: (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0), shingles: count };
}

/** Where each word begins in the words joined by single spaces. */
function wordStarts(words: readonly string[]): Int32Array {
  const starts = new Int32Array(words.length);
  for (let i = 1; i < words.length; i++) starts[i] = starts[i - 1] + words[i - 1].length + 1;
  return starts;
}

/** How many of the 64 bits differ. */
export function hammingDistance(a: bigint, b: bigint): number {
  const x = BigInt.asUintN(64, a ^ b);
  return popCount32(Number(x & 0xffffffffn)) + popCount32(Number(x >> 32n));
}

/**
 * The fingerprint cut into four 16-bit bands, lowest first. Two fingerprints
 * at most 3 bits apart agree exactly on at least one band (pigeonhole: three
 * differing bits can touch at most three of four bands), so an equality
 * lookup on any band finds every candidate within distance 3.
 */
export function simhashBands(value: bigint): number[] {
  return Array.from({ length: BAND_COUNT }, (_, i) =>
    Number((BigInt.asUintN(64, value) >> BigInt(i * BAND_BITS)) & 0xffffn),
  );
}

/** Postgres `bigint` is signed: the same 64 bits, read as a signed integer, as text. */
export function simhashToSql(value: bigint): string {
  return BigInt.asIntN(64, value).toString();
}

export function simhashFromSql(text: string): bigint {
  return BigInt.asUintN(64, BigInt(text));
}

function countOnes(ones: Int32Array, offset: number, hash: number): void {
  for (let bit = 0; bit < 32; bit++) ones[offset + bit] += (hash >>> bit) & 1;
}

function popCount32(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** MurmurHash3 (x86, 32-bit) over the UTF-16 code units of text[start, end), two per block. */
function murmur3(text: string, start: number, end: number, seed: number): number {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  const length = end - start;
  let h = seed >>> 0;
  const blocks = length >> 1;
  for (let i = 0; i < blocks; i++) {
    const at = start + 2 * i;
    let k = (text.charCodeAt(at) | (text.charCodeAt(at + 1) << 16)) >>> 0;
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  if (length & 1) {
    let k = text.charCodeAt(end - 1);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
  }
  h ^= length * 2;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
