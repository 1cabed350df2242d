import AhoCorasick from 'modern-ahocorasick';
import { FoldedText, foldKey } from './fold';

/** A dictionary hit: the entries a phrase names, where it stands in folded and original text. */
export interface PhraseHit<T> {
  entries: readonly T[];
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
}

// Arabic proclitics: و ف (and), ب (in/by), ل (for), ك (like); up to two
// (وب، فب، ول...). "ال" is part of names that carry it.
const PROCLITICS = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]);
const SPACE = 0x20;

/**
 * Finds every listed phrase in folded text with one Aho–Corasick pass:
 * whole words only (an Arabic match may follow one or two proclitics),
 * longest match first, no overlaps.
 */
export class PhraseMatcher<T> {
  private readonly automaton: Automaton;
  /** Built on the first search: a matcher that is never run costs no table. */
  private table: DenseTable<T> | undefined;
  private readonly byKey = new Map<string, T[]>();
  /** The length of the longest key: candidates sort by how much shorter than it they are. */
  private readonly longest: number;

  constructor(phrases: Iterable<readonly [phrase: string, entry: T]>) {
    for (const [phrase, entry] of phrases) {
      const key = foldKey(phrase);
      if (key.length < 2) continue;
      // ل + ال is written لل: "للقوات الروسية" is "ل" + "القوات الروسية"
      const keys = key.startsWith('\u0627\u0644') ? [key, `\u0644${key.slice(1)}`] : [key];
      for (const k of keys) {
        const list = this.byKey.get(k) ?? [];
        if (!list.includes(entry)) list.push(entry);
        this.byKey.set(k, list);
      }
    }
    this.automaton = compile(new AhoCorasick([...this.byKey.keys()]));
    this.longest = [...this.byKey.keys()].reduce((longest, k) => Math.max(longest, k.length), 0);
  }

  get size(): number {
    return this.byKey.size;
  }

  /**
   * The automaton walked by UTF-16 code unit. The package's `search`
   * segments the text into graphemes with Intl.Segmenter first, which costs
   * ~1.5 µs a character; folded text has no combining marks or surrogate
   * pairs (folding drops or spaces them), so a code unit is a grapheme and
   * the end indexes are the same. The walk is one table read a character:
   * failure links are followed once, when the table is built.
   */
  private search(text: string): [number, string[]][] {
    const { output } = this.denseTable();
    const { ends, states } = this.walk(text);
    return ends.map((end, i) => [end, output[states[i]]!]);
  }

  private denseTable(): DenseTable<T> {
    return (this.table ??= denseTable(this.automaton, this.byKey));
  }

  /** The walk itself: where phrases end and in which state, in two lists, with no pair allocated a hit. */
  private walk(text: string): { ends: number[]; states: number[] } {
    const { next, symbols, symbolOf } = this.denseTable();
    const ends: number[] = [];
    const states: number[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const to = next[state * symbols + symbolOf[text.charCodeAt(i)]];
      if (to >= 0) {
        state = to;
        continue;
      }
      state = ~to;
      ends.push(i);
      states.push(state);
    }
    return { ends, states };
  }

  find(folded: FoldedText): PhraseHit<T>[] {
    const text = folded.text;
    const { keysEndingIn, keyLength, keyEntries } = this.denseTable();
    // Candidates, whole words, in the order the walk meets their ends: for
    // one length, that is also the order of their starts.
    const starts: number[] = [];
    const keys: number[] = [];
    const { ends, states } = this.walk(text);
    for (let hit = 0; hit < ends.length; hit++) {
      const e = ends[hit] + 1;
      if (e < text.length && text.charCodeAt(e) !== SPACE) continue;
      for (const key of keysEndingIn[states[hit]]!) {
        const s = e - keyLength[key];
        if (!isWordStart(text, s)) continue;
        starts.push(s);
        keys.push(key);
      }
    }
    const kept = this.longestFirst(starts, keys, keyLength, text.length);
    const hits: PhraseHit<T>[] = [];
    for (const c of kept) {
      const s = starts[c];
      hits.push({
        entries: keyEntries[keys[c]],
        start: folded.origin[s],
        end: folded.origin[s + keyLength[keys[c]] - 1] + 1,
      });
    }
    return hits;
  }

  /**
   * The candidates kept, longest first, then leftmost; a shorter one inside
   * or across a kept one is dropped. Sorted by counting their lengths (keys
   * are at most a few hundred code units long), where sorting numbers built
   * from length and start allocated copies and took most of a search.
   * Returns the kept candidates' indexes in text order.
   */
  private longestFirst(starts: number[], keys: number[], keyLength: Int32Array, textLength: number): number[] {
    const byLength = new Int32Array(this.longest + 2);
    for (const key of keys) byLength[this.longest - keyLength[key] + 1]++;
    for (let l = 1; l < byLength.length; l++) byLength[l] += byLength[l - 1];
    const order = new Int32Array(keys.length);
    for (let c = 0; c < keys.length; c++) order[byLength[this.longest - keyLength[keys[c]]]++] = c;
    const covered = coverFor(textLength);
    const keptStarts: number[] = [];
    for (const c of order) {
      const s = starts[c];
      const e = s + keyLength[keys[c]];
      let free = true;
      for (let i = s; i < e && free; i++) free = covered[i] === 0;
      if (!free) continue;
      for (let i = s; i < e; i++) covered[i] = c + 1;
      keptStarts.push(s);
    }
    // kept ones do not overlap: their starts alone put them in text order (a typed array sorts natively)
    const kept: number[] = [];
    for (const s of new Int32Array(keptStarts).sort()) {
      const c = covered[s] - 1;
      kept.push(c);
      for (let i = s; i < s + keyLength[keys[c]]; i++) covered[i] = 0;
    }
    return kept;
  }
}

/**
 * Which kept candidate covers each offset of the folded text (1 + its index,
 * 0 for none), cleared again after each search; a text longer than
 * `SCRATCH_UNITS` gets an array of its own.
 */
const SCRATCH_UNITS = 1 << 16;
const scratchCover = new Int32Array(SCRATCH_UNITS);

function coverFor(length: number): Int32Array {
  return length > SCRATCH_UNITS ? new Int32Array(length) : scratchCover;
}

function isWordStart(text: string, s: number): boolean {
  if (s === 0 || text.charCodeAt(s - 1) === SPACE) return true;
  let i = s - 1;
  let clitics = 0;
  while (i >= 0 && PROCLITICS.has(text.charCodeAt(i)) && clitics < 2) {
    i--;
    clitics++;
    if (i < 0 || text.charCodeAt(i) === SPACE) return true;
  }
  return false;
}

const CODE_UNITS = 0x10000;

/** The package's tables (objects keyed by state, then by character), in the shapes a hot loop reads fastest. */
interface Automaton {
  /** state × 65536 + code unit → next state: one Map with integer keys. */
  next: Map<number, number>;
  failure: Int32Array;
  /** The phrases that end in a state; undefined where none do. */
  output: (string[] | undefined)[];
}

function compile({ gotoFn, failure, output }: AhoCorasick): Automaton {
  const states = Object.keys(gotoFn).length;
  const automaton: Automaton = {
    next: new Map(),
    failure: new Int32Array(states),
    output: new Array<string[] | undefined>(states),
  };
  for (let state = 0; state < states; state++) {
    for (const [char, to] of Object.entries(gotoFn[state])) {
      // Folded keys are one code unit a character; anything else would be matched wrongly, not slowly.
      if (char.length !== 1) throw new Error(`phrase keys must be folded: "${char}" is not one UTF-16 code unit`);
      automaton.next.set(state * CODE_UNITS + char.charCodeAt(0), to);
    }
    automaton.failure[state] = failure[state] ?? 0;
    if (output[state]?.length) automaton.output[state] = output[state];
  }
  return automaton;
}

/**
 * The automaton as a full transition table over the phrases' own characters
 * (a few dozen symbols): `next[state * symbols + symbolOf[code]]`. Symbol 0
 * stands for every character no phrase has, which always leads back to the root.
 * A move into a state where phrases end is stored as `~state` (negative): the
 * walk learns of a hit from the one read it makes anyway, not from a second
 * read of `output` a character.
 */
interface DenseTable<T> {
  next: Int32Array;
  symbols: number;
  symbolOf: Uint8Array | Uint16Array;
  output: (string[] | undefined)[];
  /** The keys that end in a state, as numbers: their lengths and entries are then array reads, not a slice and a lookup. */
  keysEndingIn: (number[] | undefined)[];
  keyLength: Int32Array;
  keyEntries: T[][];
}

function endMarked(state: number, phrases: readonly string[] | undefined): number {
  return phrases ? ~state : state;
}

function denseTable<T>({ next, failure, output }: Automaton, byKey: ReadonlyMap<string, T[]>): DenseTable<T> {
  const keyIds = new Map([...byKey.keys()].map((key, id) => [key, id]));
  const keyLength = Int32Array.from(byKey.keys(), (key) => key.length);
  const keyEntries = [...byKey.values()];
  const codes = [...new Set([...next.keys()].map((key) => key % CODE_UNITS))].sort((a, b) => a - b);
  const symbols = codes.length + 1;
  const symbolOf = symbols <= 0x100 ? new Uint8Array(CODE_UNITS) : new Uint16Array(CODE_UNITS);
  codes.forEach((code, i) => (symbolOf[code] = i + 1));
  const states = failure.length;
  const table = new Int32Array(states * symbols);
  // States are numbered anew in breadth-first order: the shallow states a
  // walk spends nearly all its time in then share a few cache lines, where
  // the package's numbering scattered them over the whole table.
  const renumbered = new Int32Array(states);
  // packed, undefined where no phrase ends: a read of a hole in a sparse array looks up the prototype chain
  const outputs = Array.from<string[] | undefined>({ length: states });
  // Breadth first, so a state's failure state (always shallower) is filled in before it.
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const row = head * symbols;
    outputs[head] = output[state];
    for (let i = 0; i < codes.length; i++) {
      const to = next.get(state * CODE_UNITS + codes[i]);
      if (to !== undefined) {
        renumbered[to] = queue.length;
        queue.push(to);
      }
      table[row + i + 1] =
        to !== undefined
          ? endMarked(renumbered[to], output[to])
          : state === 0
            ? 0
            : table[renumbered[failure[state]] * symbols + i + 1];
    }
  }
  const keysEndingIn = outputs.map((keys) => keys?.map((key) => keyIds.get(key)!));
  return { next: table, symbols, symbolOf, output: outputs, keysEndingIn, keyLength, keyEntries };
}
