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
  /** By the folded key's first code unit, an ASCII letter: the key and which list it fills. An array, not a Map: it is read once a word. */
  private readonly byFirst = new Array<{ key: string; list: number }[] | undefined>(ASCII);

  constructor(private readonly lists: readonly (readonly string[])[]) {
    lists.forEach((words, list) => {
      for (const key of new Set(words.map(foldKey))) {
        const first = key.charCodeAt(0);
        if (first >= ASCII) throw new Error(`key word "${key}" does not start with an ASCII letter`);
        this.byFirst[first] = [...(this.byFirst[first] ?? []), { key, list }];
      }
    });
  }

  /** For each list of key words, the offsets in the text, in order, of the words that begin with one. */
  startsIn(text: string, folded: FoldedText, words: FoldedWords): number[][] | undefined {
    if (text.includes('\uFEFF')) return undefined;
    const found: number[][] = this.lists.map(() => []);
    for (let i = 0; i < words.length; i++) {
      const start = words.start(i);
      const first = folded.text.charCodeAt(start);
      const keys = first < ASCII ? this.byFirst[first] : undefined;
      if (!keys) continue;
      for (const { key, list } of keys) {
        const offsets = found[list];
        const at = folded.origin[start];
        // a word is filed once a list, though two of its keys begin it; never read offsets[-1], a slow lookup in V8
        if ((offsets.length === 0 || offsets[offsets.length - 1] !== at) && begins(folded.text, start, key))
          offsets.push(at);
      }
    }
    return found;
  }
}

/** `text.startsWith(key, at)`, compared code unit by code unit: the builtin cost ~10× more here, a call a word. */
function begins(text: string, at: number, key: string): boolean {
  if (at + key.length > text.length) return false;
  for (let k = 0; k < key.length; k++) if (text.charCodeAt(at + k) !== key.charCodeAt(k)) return false;
  return true;
}
