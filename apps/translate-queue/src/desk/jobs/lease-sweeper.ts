import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CLOCK, Clock } from '../desk.tokens';
import { JobsRepository } from './jobs.repository';

const SWEEP_MS = 15_000;

/**
 * Writes lapsed leases down (claimed → open, with an audit line) every few
 * seconds. The rules already treat a lapsed claim as open the moment it
 * lapses; this keeps the table, the queue filters and the metrics honest.
 */
@Injectable()
export class LeaseSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('LeaseSweeper');
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(JobsRepository) private readonly jobs: JobsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    try {
      const lapsed = await this.jobs.lapseExpiredLeases(this.clock());
      if (lapsed > 0) this.log.log(`${lapsed} lease(s) ran out: the job(s) are open again`);
      return lapsed;
    } catch (error) {
      this.log.warn(`could not sweep lapsed leases: ${(error as Error).message}`);
      return 0;
    }
  }
}
