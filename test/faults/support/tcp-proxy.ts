import { Server, Socket, createServer, connect } from 'node:net';

/**
 * A TCP proxy in front of a shared server (Redis here). Cutting it looks
 * to the service exactly like that server going away, without stopping the
 * machine's real server that other tests use.
 */
export class TcpProxy {
  private server?: Server;
  private cutOff = false;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    this.cutOff = false;
    this.server = createServer((client) => {
      if (this.cutOff) return void client.destroy();
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  /** Drops every connection and refuses new ones until open() again. */
  async cut(): Promise<void> {
    this.cutOff = true; // clients reconnect at once; close() would wait for them forever
    const closed = new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.sockets.forEach((s) => s.destroy());
    await closed;
    this.server = undefined;
  }
}
