import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';

/** A named readiness check: resolves when the dependency answers. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
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
  async ready(): Promise<{ status: 'ok'; checks: Record<string, 'ok'> }> {
    const results = await Promise.all(
      this.checks.map(async (c) => {
        try {
          await withTimeout(c.check(), 2000);
          return [c.name, 'ok'] as const;
        } catch (error) {
          return [c.name, (error as Error).message] as const;
        }
      }),
    );
    const failed = results.filter(([, result]) => result !== 'ok');
    if (failed.length > 0) throw new ServiceUnavailableException(`not ready: ${failed.map(([n, r]) => `${n} (${r})`).join(', ')}`);
    return { status: 'ok', checks: Object.fromEntries(results) as Record<string, 'ok'> };
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
