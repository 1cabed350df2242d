import { execFile } from 'node:child_process';
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

  async start(): Promise<void> {
    await run('bash', [SCRIPT, 'start'], { env: this.env(), timeout: 180_000 });
    await warmUp([this.address]);
  }

  async stop(): Promise<void> {
    await run('bash', [SCRIPT, 'stop'], { env: this.env(), timeout: 60_000 });
  }
}
