import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CLOCK, Clock, MACHINE_TRANSLATOR } from '../desk.tokens';
import { JobsRepository } from '../jobs/jobs.repository';
import { TranslationJob } from '../jobs/translation-job';
import { MachineTranslator } from './machine-translator';

const POLL_MS = 2000;
const BATCH = 5;

/**
 * Machine pre-translation, never in the way: in the background, an open
 * job nobody has drafted gets a machine-made draft, stored only if still no
 * person has drafted it by then (a conditional update). A timeout or a
 * failure is noted on the job and never retried; the human path is as it
 * would be without machine translation. Off when MT_URL is unset.
 */
@Injectable()
export class MachineDrafts implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('MachineDrafts');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @Inject(JobsRepository) private readonly jobs: JobsRepository,
    @Inject(MACHINE_TRANSLATOR) private readonly translator: MachineTranslator | null,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.translator) return;
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Looks for work now (after jobs open) rather than at the next poll. */
  kick(): void {
    if (!this.translator || this.running) return;
    this.running = this.draftWaitingJobs()
      .then(() => undefined)
      .catch((error: Error) => this.log.warn(`machine drafts: ${error.message}`))
      .finally(() => (this.running = undefined));
  }

  /** Drafts what is waiting; resolves when done (tests call it directly). */
  async draftWaitingJobs(): Promise<number> {
    if (!this.translator) return 0;
    let drafted = 0;
    for (const job of await this.jobs.awaitingMachineDraft(BATCH))
      if (await this.draft(job, this.translator)) drafted++;
    return drafted;
  }

  private async draft(job: TranslationJob, translator: MachineTranslator): Promise<boolean> {
    const now = this.clock();
    try {
      const [headline, ...paragraphs] = await translator.translate(
        [job.headline, ...job.sourceParagraphs],
        primary(job.sourceLanguage),
        primary(job.targetLanguage),
      );
      return await this.jobs.transaction(async (tx) => {
        const current = await this.jobs.lock(tx, job.id);
        // A person got there first, or the source moved on while the machine worked: leave it be.
        if (!current || current.draftHeadline !== null || current.sourceVersion !== job.sourceVersion) {
          if (current) await this.jobs.update(tx, job.id, { mtAttemptedAt: now }, now);
          return false;
        }
        await this.jobs.update(
          tx,
          job.id,
          {
            draftHeadline: headline,
            draftParagraphs: paragraphs,
            machineMade: true,
            draftSavedAt: now,
            mtAttemptedAt: now,
          },
          now,
        );
        return true;
      });
    } catch (error) {
      this.log.warn(`no machine draft for job ${job.id}: ${(error as Error).message}`);
      await this.jobs.transaction((tx) =>
        this.jobs.update(tx, job.id, { mtAttemptedAt: now, mtError: (error as Error).message.slice(0, 500) }, now),
      );
      return false;
    }
  }
}

function primary(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}
