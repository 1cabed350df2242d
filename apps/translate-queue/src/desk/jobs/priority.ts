/**
 * How soon a translation is wanted. 1 is the most pressing, 4 the least;
 * each priority has a due time from when the job opened, and a job not
 * submitted by then is a breach (counted on /metrics).
 *
 * - urgency (ninjs 1–9, 1 most urgent, when a feed sends it): 1–2 → 1, 3–4 → at most 2;
 * - category: breaking and military news, and humanitarian alerts → at most 2;
 * - age: an original first published more than a day before it reached the desk
 *   drops one step (it is no longer news), more than three days to 4.
 */
export type Priority = 1 | 2 | 3 | 4;

export const PRIORITY_NAMES: Record<Priority, string> = { 1: 'flash', 2: 'high', 3: 'normal', 4: 'low' };

/** Minutes from opening to due, by priority. */
export const DUE_MINUTES: Record<Priority, number> = { 1: 30, 2: 120, 3: 360, 4: 1440 };

const PRESSING_CATEGORIES = new Set(['breaking', 'military', 'humanitarian', 'urgent']);
const DAY_MS = 86_400_000;

export interface PriorityInput {
  urgency?: number;
  /** The category code (the category subject's literal, e.g. "military"). */
  category?: string;
  firstCreated: Date;
  /** When the job opened. */
  now: Date;
}

export function priorityOf(input: PriorityInput): Priority {
  let priority: number = 3;
  if (input.urgency !== undefined && input.urgency >= 1) {
    if (input.urgency <= 2) priority = 1;
    else if (input.urgency <= 4) priority = 2;
  }
  if (input.category && PRESSING_CATEGORIES.has(input.category.toLowerCase())) priority = Math.min(priority, 2);
  const ageMs = input.now.getTime() - input.firstCreated.getTime();
  if (ageMs > 3 * DAY_MS) priority = 4;
  else if (ageMs > DAY_MS) priority = Math.min(4, priority + 1);
  return priority as Priority;
}

export function dueAt(priority: Priority, openedAt: Date): Date {
  return new Date(openedAt.getTime() + DUE_MINUTES[priority] * 60_000);
}
