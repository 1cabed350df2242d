import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { Server, Socket, createServer } from 'node:net';
import { join } from 'node:path';
import { createKafka, pipelineTopicSpecs, provisionTopics, withAdmin } from '@news/messaging';
import { testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { dropTopics } from '../support/pipeline';
import { dropSchemas } from '../support/schemas';
import { waitFor } from '../support/wait-for';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '../..');
const RUN_DIR = join(ROOT, '.run/faults');

/** A built service as its own process, its output kept for the assertions. */
function spawnService(
  name: string,
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, ['-r', './scripts/register-paths.js', `dist/apps/${name}/src/main.js`], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

describe('a service starting (built services as processes)', () => {
  const prefix = uniqueRunPrefix('start');
  const base = {
    KAFKA_BROKERS: testInfrastructure.kafkaBrokers.join(','),
    REDIS_URL: testInfrastructure.redisUrl,
    TOPIC_PREFIX: prefix,
    PG_SCHEMA_PREFIX: `${prefix}_`,
    LOG_LEVEL: 'info',
    PORT: '0',
  };

  beforeAll(() => mkdirSync(RUN_DIR, { recursive: true }));

  afterAll(async () => {
    await dropTopics(prefix);
    await dropSchemas(prefix);
  });

  it('exits promptly on SIGTERM while still starting (here: its database never answers)', async () => {
    // Accepts connections and never answers: the service hangs in start-up, as it would behind a dead network path.
    const held: Socket[] = [];
    const blackhole: Server = createServer((socket) => void held.push(socket));
    await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
    const port = (blackhole.address() as { port: number }).port;
    const service = spawnService('translate-queue', {
      ...base,
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/test`,
    });
    try {
      await waitFor(() => held.length > 0, 'the service to reach for its database');
      const signalled = Date.now();
      service.child.kill('SIGTERM');
      const code = await Promise.race([
        service.exited,
        new Promise((resolve) => setTimeout(() => resolve('still running'), 10_000)),
      ]);
      expect({ code, output: service.output() }).toMatchObject({
        code: 0,
        output: expect.stringMatching(/SIGTERM while starting: exiting/),
      });
      expect(Date.now() - signalled).toBeLessThan(10_000);
    } finally {
      service.child.kill('SIGKILL');
      held.forEach((s) => s.destroy());
      blackhole.close();
    }
  });

  it('waits for topics that do not exist yet, live, instead of exiting; consumes once they appear', async () => {
    const service = spawnService('enrich', { ...base, DATABASE_URL: testInfrastructure.databaseUrl, PORT: '0' });
    try {
      await waitFor(
        () => /waiting for topic\(s\) .*news\.ready\.v1/.test(service.output()),
        'the log line naming the topic it waits for',
      );
      expect(service.child.exitCode).toBeNull();
      await waitFor(() => /listening on :\d+/.test(service.output()), 'the HTTP port');
      const port = Number(/listening on :(\d+)/.exec(service.output())![1]);
      const live = await fetch(`http://127.0.0.1:${port}/health/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toMatchObject({ checks: { consumer: 'ok (starting)' } });

      await withAdmin(createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'start-test' }), (admin) =>
        provisionTopics(admin, pipelineTopicSpecs(prefix)),
      );
      await waitFor(
        async () =>
          ((await (await fetch(`http://127.0.0.1:${port}/health/live`)).json()) as { checks: Record<string, string> })
            .checks.consumer === 'ok (running)',
        'the consumer to run',
      );
      expect(service.child.exitCode).toBeNull();
    } finally {
      service.child.kill('SIGTERM');
      await Promise.race([service.exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      service.child.kill('SIGKILL');
    }
  });
});
