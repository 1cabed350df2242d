import { Injectable } from '@nestjs/common';

/** A named readiness check: resolves when the dependency answers. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
  /**
   * False for a dependency the service can work without, only slower (Redis):
   * its failure is reported as degraded but keeps the pod in service, since
   * taking it out would turn slower answers into no answers.
   */
  critical?: boolean;
}

/** Something whose death the process cannot see from its event loop alone: a Kafka consumer, a relay. */
export interface LivenessProbe {
  name: string;
  /** `live: false` means the process will not recover on its own and should be restarted. */
  check(): { live: boolean; state?: string; detail?: string };
}

/**
 * The probes /health/live asks and the extra checks /health/ready runs;
 * parts of a service that start later (consumers, the outbox relay) add
 * theirs here instead of every app module listing them.
 */
@Injectable()
export class HealthRegistry {
  private readonly probes: LivenessProbe[] = [];
  readonly readinessChecks: ReadinessCheck[] = [];

  addLiveness(probe: LivenessProbe): void {
    this.probes.push(probe);
  }

  addReadiness(check: ReadinessCheck): void {
    this.readinessChecks.push(check);
  }

  liveness(): { live: boolean; checks: Record<string, string> } {
    const results = this.probes.map((p) => ({ name: p.name, ...p.check() }));
    const checks = Object.fromEntries(
      results.map((r) => [
        r.name,
        `${r.live ? 'ok' : 'dead'}${r.state ? ` (${r.state})` : ''}${r.detail ? `: ${r.detail}` : ''}`,
      ]),
    );
    return { live: results.every((r) => r.live), checks };
  }
}
