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
  private table: DenseTable | undefined;
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
    const { ends, keys } = this.walk(text);
    return ends.map((end, i) => [end, keys[i]]);
  }

  /** The walk itself: where phrases end and which, in two lists, with no pair allocated a hit. */
  private walk(text: string): { ends: number[]; keys: string[][] } {
    const { next, symbols, symbolOf, output } = (this.table ??= denseTable(this.automaton));
    const ends: number[] = [];
    const keys: string[][] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const to = next[state * symbols + symbolOf[text.charCodeAt(i)]];
      if (to >= 0) {
        state = to;
        continue;
      }
      state = ~to;
      ends.push(i);
      keys.push(output[state]!);
    }
    return { ends, keys };
  }

  find(folded: FoldedText): PhraseHit<T>[] {
    const text = folded.text;
    // Each candidate is one number that sorts longest first, then leftmost:
    // (longest − length) × room + start. Exact: a string is under 2^30 code
    // units and a key at most a few hundred, so far below 2^53. A typed array
    // sorts numbers natively, where a comparator cost a call per comparison;
    // made with `new`, as `Float64Array.from` goes through the iterator protocol.
    const room = text.length + 1;
    const candidates: number[] = [];
    const { ends, keys } = this.walk(text);
    for (let hit = 0; hit < ends.length; hit++) {
      const e = ends[hit] + 1;
      if (e < text.length && text.charCodeAt(e) !== SPACE) continue;
      for (const key of keys[hit]) {
        const s = e - key.length;
        if (isWordStart(text, s)) candidates.push((this.longest - key.length) * room + s);
      }
    }
    // Longest first; a shorter hit inside a kept one is dropped.
    const byLength = new Float64Array(candidates).sort();
    const kept: number[] = [];
    const used = new Uint8Array(text.length);
    for (const candidate of byLength) {
      const s = candidate % room;
      const e = s + this.longest - (candidate - s) / room;
      let free = true;
      for (let i = s; i < e && free; i++) free = used[i] === 0;
      if (!free) continue;
      used.fill(1, s, e);
      // kept ones do not overlap: their starts alone put them in text order
      kept.push(s * (this.longest + 1) + (e - s));
    }
    const spans = new Float64Array(kept).sort();
    const hits: PhraseHit<T>[] = [];
    for (const span of spans) {
      const length = span % (this.longest + 1);
      const s = (span - length) / (this.longest + 1);
      const e = s + length;
      // the text matched the phrase's key exactly
      hits.push({ entries: this.byKey.get(text.slice(s, e))!, start: folded.origin[s], end: folded.origin[e - 1] + 1 });
    }
    return hits;
  }
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
interface DenseTable {
  next: Int32Array;
  symbols: number;
  symbolOf: Uint8Array | Uint16Array;
  output: (string[] | undefined)[];
}

function endMarked(state: number, phrases: readonly string[] | undefined): number {
  return phrases ? ~state : state;
}

function denseTable({ next, failure, output }: Automaton): DenseTable {
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
  return { next: table, symbols, symbolOf, output: outputs };
}
