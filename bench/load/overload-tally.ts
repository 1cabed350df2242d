import { LoadTally } from './load-driver';

/** What ingest answered during one span of the load, by kind. */
export interface AnswerCounts {
  offered: number;
  /** 2xx: stored, so each must reach news.published.v1 (or be a re-post or duplicate of one that did). */
  accepted: number;
  /** 503 with Retry-After: refused at once, nothing stored. */
  shed: number;
  /** Anything else: other 4xx/5xx, timeouts, connection errors (status 0). */
  failed: number;
}

/** The answers counted between two snapshots of the driver's tally. */
export function answersBetween(before: Record<string, number>, after: LoadTally): AnswerCounts {
  const counts: AnswerCounts = { offered: 0, accepted: 0, shed: 0, failed: 0 };
  for (const [label, total] of Object.entries(after.answers)) {
    const n = total - (before[label] ?? 0);
    counts.offered += n;
    if (label.startsWith('2')) counts.accepted += n;
    else if (label === '503') counts.shed += n;
    else counts.failed += n;
  }
  return counts;
}
