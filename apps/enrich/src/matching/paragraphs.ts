import { isWhiteSpace } from './characters';

const LINE_FEED = 0x0a;

/**
 * Start offsets of the paragraphs of a plain-text body (blank-line
 * separated): after each run of white space that holds two line breaks,
 * from its first line break to its last, as /\n\s*\n/g would match.
 */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n');
  while (at >= 0) {
    let end = at + 1;
    let lastBreak = -1;
    for (; end < text.length && isWhiteSpace(text.charCodeAt(end)); end++)
      if (text.charCodeAt(end) === LINE_FEED) lastBreak = end;
    if (lastBreak >= 0) starts.push(lastBreak + 1);
    at = text.indexOf('\n', lastBreak >= 0 ? lastBreak + 1 : end);
  }
  return starts;
}

/** The 0-based paragraph an offset falls in. */
export function paragraphAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface Mention {
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

export function mentionOf(text: string, starts: readonly number[], start: number, end: number): Mention {
  return { text: text.slice(start, end), start, end, paragraph: paragraphAt(starts, start) };
}
