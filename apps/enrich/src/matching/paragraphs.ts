/** Start offsets of the paragraphs of a plain-text body (blank-line separated). */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  const re = /\n\s*\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
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
