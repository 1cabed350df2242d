import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

/** One service as its own OS process from dist/, so a test can kill -9 it. */
export class ServiceProcess {
  private child?: ChildProcess;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const log = createWriteStream(this.logFile, { flags: 'a' });
    this.child = spawn(process.execPath, ['-r', './scripts/register-paths.js', `dist/apps/${this.name}/src/main.js`], {
      cwd: ROOT,
      env: { INSTANCE_ID: `fault-${this.name}`, ...process.env, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.pipe(log);
    this.child.stderr?.pipe(log);
    await this.waitReady();
  }

  /** SIGKILL: no drain, no commit, no goodbye. */
  kill(): void {
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    // Unref: a child that exits in time leaves no timer holding the test runner open.
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 25_000).unref())]);
    child.kill('SIGKILL');
  }

  private async waitReady(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.child || this.child.exitCode !== null)
        throw new Error(`${this.name} exited during start; see ${this.logFile}`);
      const ok = await fetch(`${this.url}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${this.name} not ready in ${timeoutMs} ms; see ${this.logFile}`);
  }
}
