import { Inject, Injectable, Logger } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { HealthRegistry } from '@news/http';
import { PipelineMetrics } from '@news/observability';
import { CLOCK, Clock } from '../desk.tokens';
import { JobsRepository, QueueStats } from '../jobs/jobs.repository';
import { UsersRepository } from '../people/users.repository';

/**
 * The desk on /metrics, read from the jobs table when Prometheus scrapes
 * (one grouped query, shared by the three gauges of one scrape):
 * - news_translation_jobs{state,source,target}: queue depth;
 * - news_translation_oldest_open_job_seconds{source,target}: age of the oldest open job;
 * - news_translation_due_breaches{source,target}: jobs first submitted after
 *   their due time or still unsubmitted past it.
 * And its health in /health/ready: `desk` is degraded (never unready) while
 * nobody could approve a translation.
 */
@Injectable()
export class DeskMetrics {
  private readonly log = new Logger('DeskMetrics');
  private pending?: Promise<QueueStats[]>;

  constructor(
    @Inject(PipelineMetrics) metrics: PipelineMetrics,
    @Inject(JobsRepository) private readonly jobs: JobsRepository,
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(HealthRegistry) health: HealthRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    const stats = () => this.stats();
    new Gauge({
      name: 'news_translation_jobs',
      help: 'Translation jobs by state and language pair',
      labelNames: ['state', 'source', 'target'],
      registers: [metrics.registry],
      async collect() {
        this.reset();
        for (const s of await stats())
          this.set({ state: s.state, source: s.sourceLanguage, target: s.targetLanguage }, s.count);
      },
    });
    new Gauge({
      name: 'news_translation_oldest_open_job_seconds',
      help: 'Age of the oldest open translation job, by language pair',
      labelNames: ['source', 'target'],
      registers: [metrics.registry],
      async collect() {
        this.reset();
        for (const s of await stats())
          if (s.state === 'open') this.set({ source: s.sourceLanguage, target: s.targetLanguage }, s.oldestAgeSeconds);
      },
    });
    new Gauge({
      name: 'news_translation_due_breaches',
      help: 'Translation jobs submitted after their due time, or unsubmitted past it',
      labelNames: ['source', 'target'],
      registers: [metrics.registry],
      async collect() {
        this.reset();
        const byPair = new Map<string, number>();
        for (const s of await stats()) {
          const key = `${s.sourceLanguage}\u0000${s.targetLanguage}`;
          byPair.set(key, (byPair.get(key) ?? 0) + s.breaches);
        }
        for (const [key, breaches] of byPair) {
          const [source, target] = key.split('\u0000');
          this.set({ source, target }, breaches);
        }
      },
    });
    health.addReadiness({ name: 'desk', critical: false, check: () => this.checkDesk() });
  }

  /** One query per scrape however many gauges ask. */
  private stats(): Promise<QueueStats[]> {
    this.pending ??= this.jobs
      .stats(this.clock())
      .catch((error: Error) => {
        this.log.warn(`could not read the queue: ${error.message}`);
        return [];
      })
      .finally(() => setImmediate(() => (this.pending = undefined)));
    return this.pending;
  }

  private async checkDesk(): Promise<void> {
    const users = await this.users.list();
    const editors = users.filter((u) => !u.disabled && (u.role === 'translation-editor' || u.role === 'admin'));
    if (editors.length === 0)
      throw new Error('no enabled translation editor or admin: nobody can approve (npm run desk -- add-user)');
  }
}
