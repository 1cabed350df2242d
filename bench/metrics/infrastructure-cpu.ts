import { readFileSync, readdirSync } from 'node:fs';
import { CpuUse, TICKS_PER_SECOND, cpuUseOf, readCpuSeconds } from './cpu-time';

/**
 * What the pipeline leans on besides its four services, found by name in
 * /proc: every Postgres process (a backend per pooled connection), the
 * Kafka broker's JVM and Redis. With the services' own CPU this says where
 * the machine's cores went, so a throughput ceiling is a sum rather than a guess.
 */
const GROUPS: Record<string, (comm: string, pid: number) => boolean> = {
  Postgres: (comm) => comm === 'postgres',
  'Kafka broker': (comm, pid) => comm === 'java' && commandLine(pid).includes('kafka.Kafka'),
  Redis: (comm) => comm === 'redis-server',
};

/** CPU seconds per process of each group, now. */
export type GroupSnapshot = Record<string, Record<number, number>>;

export function infrastructureSnapshot(): GroupSnapshot {
  const snapshot: GroupSnapshot = Object.fromEntries(Object.keys(GROUPS).map((name) => [name, {}]));
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const comm = readOr(`/proc/${pid}/comm`).trim();
    for (const [name, belongs] of Object.entries(GROUPS)) {
      if (!belongs(comm, pid)) continue;
      const seconds = readCpuSeconds(pid);
      if (seconds !== undefined) snapshot[name][pid] = seconds;
    }
  }
  return snapshot;
}

/**
 * Each group's CPU over the span: a process alive at both ends counts its
 * difference, one started since counts all it used; one that exited in
 * between is lost (the services keep their connections, so few do).
 */
export function infrastructureUse(
  before: GroupSnapshot,
  after: GroupSnapshot,
  articles: number,
): Record<string, CpuUse> {
  return Object.fromEntries(
    Object.entries(after).map(([name, pids]) => {
      const seconds = Object.entries(pids).reduce(
        (sum, [pid, now]) => sum + now - (before[name]?.[Number(pid)] ?? 0),
        0,
      );
      return [name, cpuUseOf(seconds, articles)];
    }),
  );
}

/** CPU seconds the whole machine has been busy (every core, every process), from /proc/stat. */
export function machineBusySeconds(): number {
  const [, ...ticks] = readOr('/proc/stat').split('\n')[0].trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal: idle, iowait and the hypervisor's steal are not this machine's work.
  const [user, nice, system, , , irq, softirq] = ticks;
  return (user + nice + system + irq + softirq) / TICKS_PER_SECOND;
}

function commandLine(pid: number): string {
  return readOr(`/proc/${pid}/cmdline`).replace(/\0/g, ' ');
}

function readOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
