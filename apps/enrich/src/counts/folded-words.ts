import { FoldedText } from '../matching/fold';

const SPACE = 0x20;

/**
 * The words of folded text, by index, made into strings only when asked for.
 * `fold` notes where each word starts and ends as it folds (single spaces
 * between words, so what /\S+/g would find). A story has hundreds of words
 * and few numbers: slicing every word into a string was most of the cost of
 * finding counts, and only the words around a number are ever read.
 */
export class FoldedWords {
  readonly text: string;
  readonly length: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly made: (string | undefined)[];
  private sieveKeys: Uint16Array | undefined;

  /** The words as `fold` noted them while folding. */
  constructor(folded: FoldedText) {
    this.text = folded.text;
    this.starts = folded.words.starts;
    this.ends = folded.words.ends;
    this.length = this.starts.length;
    this.made = new Array<string | undefined>(this.length);
  }

  /** Word `i` as a string; undefined outside the text, as an array read would be (negative indexes included). */
  at(i: number): string | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return (this.made[i] ??= this.text.slice(this.starts[i], this.ends[i]));
  }

  /** Offset of word `i` in the folded text. */
  start(i: number): number {
    return this.starts[i];
  }

  /** Offset just past word `i` in the folded text. */
  end(i: number): number {
    return this.ends[i];
  }

  /** Words `first` to `last`, one space apart: the folded text between them, as folding spaced them. */
  between(first: number, last: number): string {
    return this.text.slice(this.starts[first], this.ends[last]);
  }

  /**
   * Whether word `i` may be one of `words`, told from its first two code
   * units, its last and its length without making a string: a cheap "no" for
   * most words. Every word's sieve key is worked out at the first call, once:
   * counts and dates both sift every word of the story, through several sieves.
   */
  mayBe(i: number, words: WordSieve): boolean {
    this.sieveKeys ??= this.keysOfAll();
    return words.holdsKey(this.sieveKeys[i]);
  }

  private keysOfAll(): Uint16Array {
    const keys = new Uint16Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const start = this.starts[i];
      const end = this.ends[i];
      const second = end - start > 1 ? this.text.charCodeAt(start + 1) : SPACE;
      keys[i] = sieveKey(this.text.charCodeAt(start), second, this.text.charCodeAt(end - 1), end - start);
    }
    return keys;
  }

  /** Whether word `i` may open with one of a sieve's openings, told from its first two code units. */
  mayOpen(i: number, openings: OpeningSieve): boolean {
    const start = this.starts[i];
    const second = this.ends[i] - start > 1 ? this.text.charCodeAt(start + 1) : SPACE;
    return openings.mayOpen(this.text.charCodeAt(start), second);
  }
}

/**
 * A sieve over a word list, by first two code units, last code unit and
 * length: never a false "no", now and then a false "yes" (hash collisions),
 * which the caller's exact lookup then turns away. The last code unit counts
 * because so many Arabic words open alike: with "ال" and a length alone, one
 * word in seven of an Arabic story passed for a date word.
 */
export class WordSieve {
  private readonly bits = new Uint8Array(SIEVE_SIZE);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length === 0) continue;
      const second = word.length > 1 ? word.charCodeAt(1) : SPACE;
      this.bits[sieveKey(word.charCodeAt(0), second, word.charCodeAt(word.length - 1), word.length)] = 1;
    }
  }

  /** Whether a word with this key (see `sieveKey`) may be in the list. */
  holdsKey(key: number): boolean {
    return this.bits[key] === 1;
  }
}

const SIEVE_SIZE = 1 << 16;

function sieveKey(first: number, second: number, last: number, length: number): number {
  const mixed = Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca77) ^ Math.imul(last, 0xc2b2ae3d);
  return ((mixed >>> 16) ^ Math.min(length, 31)) & (SIEVE_SIZE - 1);
}

/**
 * A sieve over how words open, by their first two code units, for words
 * that may run on past them (Arabic stems with endings): never a false "no",
 * now and then a false "yes".
 */
export class OpeningSieve {
  private readonly bits = new Uint8Array(SIEVE_SIZE);

  constructor(openings: Iterable<string>) {
    for (const opening of openings) {
      if (opening.length < 2) throw new Error(`an opening has two code units at least: "${opening}"`);
      this.bits[openingKey(opening.charCodeAt(0), opening.charCodeAt(1))] = 1;
    }
  }

  mayOpen(first: number, second: number): boolean {
    return this.bits[openingKey(first, second)] === 1;
  }
}

function openingKey(first: number, second: number): number {
  return (first * 961 + second * 31) & (SIEVE_SIZE - 1);
}
