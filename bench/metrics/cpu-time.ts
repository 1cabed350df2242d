import { readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in these ticks on every platform Node runs on. */
export const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) a process has used, from /proc/<pid>/stat, or
 * undefined once it is gone. Unlike wall-clock throughput, CPU time per
 * article does not change when other work shares the machine, so it is the
 * figure to compare a stage's cost across runs by.
 */
export function readCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Each named process's CPU seconds now. */
export function cpuSnapshot(pids: Record<string, number>): Record<string, number> {
  const snapshot: Record<string, number> = {};
  for (const [name, pid] of Object.entries(pids)) {
    const seconds = readCpuSeconds(pid);
    if (seconds !== undefined) snapshot[name] = seconds;
  }
  return snapshot;
}

export interface CpuUse {
  seconds: number;
  /** CPU milliseconds per article published during the measured span. */
  msPerArticle: number;
}

/** Seconds of CPU as spent on `articles` published articles. */
export function cpuUseOf(seconds: number, articles: number): CpuUse {
  return { seconds, msPerArticle: articles > 0 ? (seconds * 1000) / articles : 0 };
}

export function cpuUse(
  before: Record<string, number>,
  after: Record<string, number>,
  articles: number,
): Record<string, CpuUse> {
  return Object.fromEntries(
    Object.keys(before)
      .filter((name) => after[name] !== undefined)
      .map((name) => [name, cpuUseOf(after[name] - before[name], articles)]),
  );
}
