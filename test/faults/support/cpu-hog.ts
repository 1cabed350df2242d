import { ChildProcess, spawn } from 'node:child_process';

/**
 * A CPU-bound process beside the pipeline, as on a busy shared machine: one
 * core spinning for at most `maxMs` (it ends itself even if the test dies).
 */
export class CpuHog {
  private child?: ChildProcess;
  startedAt?: number;
  stoppedAt?: number;

  start(maxMs: number): void {
    const spin = `const end = Date.now() + ${maxMs}; let x = 0; while (Date.now() < end) x = (x * 31 + 7) % 1000003;`;
    this.child = spawn(process.execPath, ['-e', spin], { stdio: 'ignore' });
    this.startedAt = Date.now();
    this.child.once('exit', () => (this.stoppedAt ??= Date.now()));
  }

  stop(): void {
    this.child?.kill('SIGKILL');
    this.stoppedAt ??= Date.now();
  }
}
