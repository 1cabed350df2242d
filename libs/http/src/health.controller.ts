import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';

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

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

/** Liveness says the process runs; readiness says it can do its work now. */
@Controller('health')
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<{ status: 'ok' | 'degraded'; checks: Record<string, string> }> {
    const results = await Promise.all(
      this.checks.map(async (c) => {
        try {
          await withTimeout(c.check(), 2000);
          return { check: c, result: 'ok' };
        } catch (error) {
          return { check: c, result: (error as Error).message };
        }
      }),
    );
    const failed = results.filter((r) => r.result !== 'ok');
    const fatal = failed.filter((r) => r.check.critical !== false);
    if (fatal.length > 0) throw new ServiceUnavailableException(`not ready: ${fatal.map((r) => `${r.check.name} (${r.result})`).join(', ')}`);
    const checks = Object.fromEntries(results.map((r) => [r.check.name, r.result === 'ok' ? 'ok' : `degraded: ${r.result}`]));
    return { status: failed.length > 0 ? 'degraded' : 'ok', checks };
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
