/** One paragraph of a source that changed under a translator, old beside new. */
export interface ParagraphChange {
  kind: 'unchanged' | 'changed' | 'added' | 'removed';
  /** 0-based index in the version the translator worked from. */
  oldIndex?: number;
  /** 0-based index in the newest version. */
  newIndex?: number;
  old?: string;
  new?: string;
}

/**
 * A paragraph-level diff (longest common subsequence), with a paragraph
 * removed right where one was added read as that paragraph changed: what a
 * translator needs to see to bring a draft up to date.
 */
export function diffParagraphs(before: readonly string[], after: readonly string[]): ParagraphChange[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);

  const raw: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      raw.push({ kind: 'unchanged', oldIndex: i, newIndex: j, old: before[i], new: after[j] });
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      raw.push({ kind: 'added', newIndex: j, new: after[j] });
      j++;
    } else {
      raw.push({ kind: 'removed', oldIndex: i, old: before[i] });
      i++;
    }
  }
  return pairChanges(raw);
}

/** A run of removals next to a run of additions pairs up, one by one, as changes. */
function pairChanges(raw: ParagraphChange[]): ParagraphChange[] {
  const out: ParagraphChange[] = [];
  let k = 0;
  while (k < raw.length) {
    if (raw[k].kind === 'unchanged') {
      out.push(raw[k++]);
      continue;
    }
    const removed: ParagraphChange[] = [];
    const added: ParagraphChange[] = [];
    while (k < raw.length && raw[k].kind !== 'unchanged') (raw[k].kind === 'removed' ? removed : added).push(raw[k++]);
    const pairs = Math.min(removed.length, added.length);
    for (let p = 0; p < pairs; p++)
      out.push({
        kind: 'changed',
        oldIndex: removed[p].oldIndex,
        newIndex: added[p].newIndex,
        old: removed[p].old,
        new: added[p].new,
      });
    out.push(...removed.slice(pairs), ...added.slice(pairs));
  }
  return out;
}

export function sourceChangedAnything(changes: readonly ParagraphChange[]): boolean {
  return changes.some((c) => c.kind !== 'unchanged');
}
