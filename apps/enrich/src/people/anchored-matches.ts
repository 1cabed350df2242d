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

/** Where `\b` stands before a letter: a letter here and no word character (\w) before. */
function isWordStart(text: string, at: number): boolean {
  return isAsciiLetter(text.charCodeAt(at)) && (at === 0 || !isWordCharacter(text.charCodeAt(at - 1)));
}

function isWordCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}
