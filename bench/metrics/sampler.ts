import { Admin } from 'kafkajs';
import { Stage, stageLag } from '../kafka/lag-sampler';
import { readRssMb } from './rss';

export interface Sample {
  /** Seconds since phase 2 started. */
  t: number;
  lag: Record<string, number>;
  rssMb: Record<string, number>;
}

/**
 * Once a second: each stage's consumer lag and each service's RSS, plus a
 * progress line on stderr. A tick that is still running skips the next one.
 */
export class Sampler {
  readonly samples: Sample[] = [];
  private timer?: NodeJS.Timeout;
  private busy = false;

  constructor(
    private readonly admin: Admin,
    private readonly stages: readonly Stage[],
    private readonly pids: Record<string, number>,
    private readonly startedAt: number,
    private readonly progress: () => string,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), 1000);
  }

  stop(): void {
    clearInterval(this.timer);
    process.stderr.write('\n');
  }

  private async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const t = Math.round((performance.now() - this.startedAt) / 1000);
      const lag: Record<string, number> = {};
      const lags = await Promise.all(this.stages.map((stage) => stageLag(this.admin, stage).catch(() => -1)));
      this.stages.forEach((stage, i) => (lag[stage.name] = lags[i]));
      this.samples.push({ t, lag, rssMb: this.rss() });
      process.stderr.write(`\r  t=${t}s ${this.progress()} lag ${lags.join('/')}   `);
    } finally {
      this.busy = false;
    }
  }

  private rss(): Record<string, number> {
    const rss: Record<string, number> = {};
    for (const [name, pid] of Object.entries(this.pids)) {
      const mb = readRssMb(pid);
      if (mb !== undefined) rss[name] = mb;
    }
    return rss;
  }
}
