import { isAsciiLetter } from '../matching/characters';

/**
 * A pattern with its anchor: a word every match holds, and the characters a
 * match is made of up to that word. "Hussam Salamah told" can only start in
 * the run of letters and spaces just before "told"; the rest of the story
 * need not be tried.
 */
export interface AnchoredPattern {
  /** The pattern itself, sticky: it is tried at one offset at a time. */
  pattern: RegExp;
  /** The characters a match may hold between its start and its anchor word. */
  leadsUp: (code: number) => boolean;
}

/**
 * What `text.matchAll(pattern)` would give, for a pattern that starts at a
 * word boundary on a letter. `anchors` are offsets in ascending order that
 * include, for every match, the start of a word it holds after its first;
 * extra offsets only cost a try.
 */
export function anchoredMatches(
  text: string,
  anchors: readonly number[],
  { pattern, leadsUp }: AnchoredPattern,
): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  // Offsets before `from` are settled: tried, inside a match, or no place a match can start.
  let from = 0;
  for (const at of anchors) {
    let start = at;
    while (start > from && leadsUp(text.charCodeAt(start - 1))) start--;
    for (let p = Math.max(start, from); p < at; p++) {
      if (!isWordStart(text, p)) continue;
      pattern.lastIndex = p;
      const match = pattern.exec(text);
      if (!match) continue;
      matches.push(match);
      from = p + match[0].length;
      p = from - 1;
    }
    from = Math.max(from, at);
  }
  return matches;
}

/** Where a global `anchor` matches, in order: anchors for a pattern whose key is not a word. */
export function offsetsOf(text: string, anchor: RegExp): number[] {
  const offsets: number[] = [];
  anchor.lastIndex = 0;
  for (let hit = anchor.exec(text); hit; hit = anchor.exec(text)) {
    offsets.push(hit.index);
    if (hit[0].length === 0) anchor.lastIndex++;
  }
  return offsets;
}

/** `(?<![\p{L}])` tried at one offset: no letter, Arabic or other, just before it. */
const NO_LETTER_BEFORE = /(?<![\p{L}])/uy;

/**
 * What `text.matchAll` would give for `(?<![\p{L}])` followed by `pattern`
 * (global, Unicode, starting with a letter). V8 tries a leading lookbehind at
 * every offset of the story before the words it guards, ~130 µs an Arabic
 * story for one pattern; here it is tried only where the words match. A hit
 * after a letter is dropped and the search goes on from the next offset, as
 * the lookbehind would have made it.
 */
export function notAfterLetter(text: string, pattern: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
    NO_LETTER_BEFORE.lastIndex = hit.index;
    if (NO_LETTER_BEFORE.test(text)) matches.push(hit);
    else pattern.lastIndex = hit.index + 1;
  }
  return matches;
}

/**
 * Where `/\bSTEMh?\b/g` matches, as [start, end] pairs: "Salamah" and
 * "Salama" for the stem "Salama". Found with `indexOf`, as one regex a
 * person scanned the whole story with, ~7 µs a name, and stories name five or six.
 */
export function surnameMatches(text: string, stem: string): [number, number][] {
  const matches: [number, number][] = [];
  let from = 0;
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, from)) {
    from = at + 1;
    if (!isWordBoundary(text, at)) continue;
    let end = at + stem.length;
    // `h?` is greedy: with the "h" when a boundary follows it, else without
    if (text.charCodeAt(end) === 0x68 && isWordBoundary(text, end + 1)) end++;
    else if (!isWordBoundary(text, end)) continue;
    matches.push([at, end]);
    from = end;
  }
  return matches;
}

/** Where `\b` stands: a word character (\w) on one side only. */
function isWordBoundary(text: string, at: number): boolean {
  return isWordCharacter(text.charCodeAt(at - 1)) !== isWordCharacter(text.charCodeAt(at));
}

/** Where `\b` stands before a letter: a letter here and no word character (\w) before. */
function isWordStart(text: string, at: number): boolean {
  return isAsciiLetter(text.charCodeAt(at)) && (at === 0 || !isWordCharacter(text.charCodeAt(at - 1)));
}

function isWordCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}
