import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain JS script the shell scripts run too
const { warmUp } = require('../../../scripts/kafka-warmup.js') as { warmUp: (brokers: string[]) => Promise<void> };

const run = promisify(execFile);
const SCRIPT = join(__dirname, '../../../infra/kafka/kafka.sh');

/**
 * A broker of the fault test's own (its own ports and data directory), so
 * restarting it cannot disturb tests running beside it on the shared one.
 */
export class FaultBroker {
  constructor(
    readonly port: number,
    private readonly dataDir: string,
  ) {}

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  private env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      KAFKA_PORT: String(this.port),
      KAFKA_CONTROLLER_PORT: String(this.port + 1),
      KAFKA_DATA_DIR: this.dataDir,
    };
  }

  /**
   * A new broker for each run, as CI's clean checkout has: a data directory
   * kept across runs piles up every earlier run's topics and group offsets,
   * and the broker restarted mid-test then spends minutes loading them
   * beside the CPU hog (consumers meanwhile hear "Failed to find group
   * coordinator" until they give up by design). Stops a broker an aborted
   * run left behind first.
   */
  async startFresh(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
    await this.start();
  }

  async start(): Promise<void> {
    await run('bash', [SCRIPT, 'start'], { env: this.env(), timeout: 180_000 });
    await warmUp([this.address]);
  }

  async stop(): Promise<void> {
    await run('bash', [SCRIPT, 'stop'], { env: this.env(), timeout: 60_000 });
  }
}
