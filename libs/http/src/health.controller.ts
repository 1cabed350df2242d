import { Controller, Get, Inject, Module, ServiceUnavailableException } from '@nestjs/common';
import { HealthRegistry } from './health-registry';

/**
 * Liveness says the process makes progress: it answers, and its consumers
 * run or are restarting within their bound (a 503 asks the orchestrator for
 * a restart). Readiness says it can serve its HTTP traffic now.
 */
@Controller('health')
export class HealthController {
  constructor(@Inject(HealthRegistry) private readonly registry: HealthRegistry) {}

  @Get('live')
  live(): { status: 'ok'; checks: Record<string, string> } {
    const { live, checks } = this.registry.liveness();
    if (!live)
      throw new ServiceUnavailableException(
        `not live: ${Object.entries(checks)
          .map(([name, state]) => `${name} ${state}`)
          .join(', ')}`,
      );
    return { status: 'ok', checks };
  }

  @Get('ready')
  async ready(): Promise<{ status: 'ok' | 'degraded'; checks: Record<string, string> }> {
    const results = await Promise.all(
      this.registry.readinessChecks.map(async (c) => {
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
    if (fatal.length > 0)
      throw new ServiceUnavailableException(
        `not ready: ${fatal.map((r) => `${r.check.name} (${r.result})`).join(', ')}`,
      );
    const checks = Object.fromEntries(
      results.map((r) => [r.check.name, r.result === 'ok' ? 'ok' : `degraded: ${r.result}`]),
    );
    return { status: failed.length > 0 ? 'degraded' : 'ok', checks };
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)),
  );
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * /health/live and /health/ready. A module whose part needs a probe (a
 * connection, a consumer, a relay) imports this one and adds it to the
 * HealthRegistry; the module is static, so a service has one registry and
 * one controller however many modules import it.
 */
@Module({
  controllers: [HealthController],
  providers: [HealthRegistry],
  exports: [HealthRegistry],
})
export class HealthModule {}
