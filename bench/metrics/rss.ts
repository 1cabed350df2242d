import { readFileSync } from 'node:fs';

/** Resident set size of a process in MB from /proc/<pid>/status (VmRSS), or undefined once it is gone. */
export function readRssMb(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface RssSummary {
  pid: number;
  samples: number;
  maxMb: number;
  meanMb: number;
}

export function summariseRss(pid: number, samples: readonly number[]): RssSummary {
  const total = samples.reduce((a, b) => a + b, 0);
  return {
    pid,
    samples: samples.length,
    maxMb: samples.length ? Math.max(...samples) : 0,
    meanMb: samples.length ? total / samples.length : 0,
  };
}
