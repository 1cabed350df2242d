import { FoldedWords } from '../counts/folded-words';
import { FoldedText, foldKey } from '../matching/fold';

const ASCII = 0x80;

/**
 * Where the key words of the English people patterns start ("told",
 * "sources", "a field commander"), read off the folded words in one pass:
 * V8 scans a whole story for an alternation of common words, case-blind ones
 * above all, at 2-3 ns a character, and these patterns were four such scans.
 *
 * Each key word follows white space in its pattern. White space folds to a
 * space, and the key word's letters fold to `foldKey(word)` at the start of a
 * folded word, whose origin is where the word starts as written. The one
 * exception is U+FEFF, white space to `\s` but dropped by folding: a story
 * that holds it gets no offsets here (`undefined`), and its caller scans.
 */
export class KeyWords {
  /**
   * By a word's first two code units, both ASCII: 1 + the index in `groups`
   * of the keys it may begin with, 0 for none. Nearly every word of a story
   * is turned away by this one typed-array read; a table by first letter
   * alone left ~770 key comparisons a story, ~30 µs.
   */
  private readonly byFirstTwo = new Uint8Array(ASCII * ASCII);
  private readonly groups: { key: string; list: number }[][] = [];

  constructor(private readonly lists: readonly (readonly string[])[]) {
    lists.forEach((words, list) => {
      for (const key of new Set(words.map(foldKey))) {
        const first = key.charCodeAt(0);
        const second = key.charCodeAt(1);
        if (!(first < ASCII && second < ASCII))
          throw new Error(`key word "${key}" does not start with two ASCII letters`);
        this.groupOf(first * ASCII + second).push({ key, list });
      }
    });
  }

  private groupOf(firstTwo: number): { key: string; list: number }[] {
    if (this.byFirstTwo[firstTwo] === 0) {
      this.groups.push([]);
      this.byFirstTwo[firstTwo] = this.groups.length;
    }
    return this.groups[this.byFirstTwo[firstTwo] - 1];
  }

  /** For each list of key words, the offsets in the text, in order, of the words that begin with one. */
  startsIn(text: string, folded: FoldedText, words: FoldedWords): number[][] | undefined {
    if (text.includes('\uFEFF')) return undefined;
    const found: number[][] = this.lists.map(() => []);
    for (let i = 0; i < words.length; i++) {
      const start = words.start(i);
      const keys = this.keysFor(folded.text, start);
      if (keys === undefined) continue;
      // indexed, not for-of: the loop runs a word at a time
      for (let k = 0; k < keys.length; k++) {
        const { key, list } = keys[k];
        const offsets = found[list];
        const at = folded.origin[start];
        // a word is filed once a list, though two of its keys begin it; never read offsets[-1], a slow lookup in V8
        if ((offsets.length === 0 || offsets[offsets.length - 1] !== at) && begins(folded.text, start, key))
          offsets.push(at);
      }
    }
    return found;
  }

  /** The keys a word at `start` may begin with, by its first two code units (NaN past the end: none). */
  private keysFor(text: string, start: number): { key: string; list: number }[] | undefined {
    const first = text.charCodeAt(start);
    const second = text.charCodeAt(start + 1);
    if (!(first < ASCII && second < ASCII)) return undefined;
    const group = this.byFirstTwo[first * ASCII + second];
    return group === 0 ? undefined : this.groups[group - 1];
  }
}

/** `text.startsWith(key, at)`, compared code unit by code unit: the builtin cost ~10× more here, a call a word. */
function begins(text: string, at: number, key: string): boolean {
  if (at + key.length > text.length) return false;
  for (let k = 0; k < key.length; k++) if (text.charCodeAt(at + k) !== key.charCodeAt(k)) return false;
  return true;
}
