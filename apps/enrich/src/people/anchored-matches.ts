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
  /** Global; its hits include, at or before its anchor word, every place a match of `pattern` holds that word. */
  anchor: RegExp;
  /** The characters a match may hold between its start and its anchor word. */
  leadsUp: (code: number) => boolean;
}

/** What `text.matchAll(pattern)` would give, for a pattern that starts at a word boundary on a letter. */
export function anchoredMatches(text: string, { pattern, anchor, leadsUp }: AnchoredPattern): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  // Offsets before `from` are settled: tried, inside a match, or no place a match can start.
  let from = 0;
  anchor.lastIndex = 0;
  for (let hit = anchor.exec(text); hit; hit = anchor.exec(text)) {
    const at = hit.index;
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
    if (hit[0].length === 0) anchor.lastIndex++;
  }
  return matches;
}

/** Where `\b` stands before a letter: a letter here and no word character (\w) before. */
function isWordStart(text: string, at: number): boolean {
  return isAsciiLetter(text.charCodeAt(at)) && (at === 0 || !isWordCharacter(text.charCodeAt(at - 1)));
}

function isWordCharacter(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}
