import { readFileSync } from 'node:fs';
import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runInThisContext } from 'node:vm';
import { ArticleEvent, ChangeEventTypes } from '@news/contracts';
import { schemaName } from '@news/persistence';
import { PublishHarness, aStory } from '../publish.test-helper';
import { DeliveryStore } from './deliveries/delivery-store';
import { DeliveryWorker, DeliveryWorkerOptions } from './deliveries/delivery-worker';
import { RecordDeliveries } from './deliveries/record-deliveries';
import { WebhookSender } from './sending/webhook-sender';
import { SubscriptionStore } from './subscriptions/subscription-store';
import { WebhookAdmin } from './subscriptions/webhook-admin';

const quiet = { log: () => undefined, warn: () => undefined };

export type VerifyWebhook = (secret: string, headers: IncomingHttpHeaders, rawBody: Buffer) => boolean;

/** The receiver's check exactly as the README prints it: the first js block that defines verifyWebhook. */
export function readmeVerifyWebhook(): VerifyWebhook {
  const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
  const block = /```js\n(const \{ createHmac[\s\S]*?function verifyWebhook[\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no verifyWebhook snippet');
  // Run as written, CommonJS and all: what a receiver would paste.
  const define = runInThisContext(`(function (require) {\n${block}\nreturn verifyWebhook;\n})`) as (
    load: NodeJS.Require,
  ) => VerifyWebhook;
  return define(require);
}

export interface Hit {
  at: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** What the receiver answers the nth request (0-based); 'hang' never answers. */
export type Answer = (n: number) => { status: number; headers?: Record<string, string> } | 'hang';

/** A real HTTP receiver on 127.0.0.1 that records every request it gets. */
export class Receiver {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly hits: Hit[],
  ) {}

  static async start(answer: Answer): Promise<Receiver> {
    const hits: Hit[] = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const n = hits.push({ at: performance.now(), headers: request.headers, body: Buffer.concat(chunks) }) - 1;
        const reply = answer(n);
        if (reply !== 'hang') response.writeHead(reply.status, reply.headers).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new Receiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, hits);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** The webhooks feature over a publish harness's schema, with workers made to measure. */
export class WebhookRig {
  readonly subscriptions: SubscriptionStore;
  readonly deliveries: DeliveryStore;
  readonly admin: WebhookAdmin;
  readonly record: RecordDeliveries;
  private readonly workers: DeliveryWorker[] = [];

  constructor(private readonly h: PublishHarness) {
    const schema = schemaName(h.config.database.schemaPrefix, 'publish');
    this.subscriptions = new SubscriptionStore(schema);
    this.deliveries = new DeliveryStore(schema);
    this.admin = new WebhookAdmin(h.dataSource, this.subscriptions, this.deliveries, true);
    this.record = new RecordDeliveries(h.dataSource, this.subscriptions, this.deliveries, () =>
      this.workers.forEach((w) => w.nudge()),
    );
  }

  worker(options: Partial<DeliveryWorkerOptions> & { allowPrivateNetworks?: boolean } = {}): DeliveryWorker {
    const timeoutMs = options.timeoutMs ?? 5000;
    const worker = new DeliveryWorker(
      this.h.dataSource,
      this.deliveries,
      new WebhookSender({ timeoutMs, allowPrivateNetworks: options.allowPrivateNetworks ?? true }),
      {
        concurrency: options.concurrency ?? 8,
        pollMs: options.pollMs ?? 50,
        timeoutMs,
        schedule: options.schedule ?? { maxAttempts: 5, baseMs: 100, maxMs: 10_000 },
      },
      quiet,
    );
    this.workers.push(worker);
    worker.start();
    return worker;
  }

  /** Stops every worker and disables every subscription, so the next test starts from nothing in flight. */
  async reset(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.stop()));
    for (const s of await this.subscriptions.list(this.h.dataSource, true))
      await this.subscriptions.disable(this.h.dataSource, s.id);
  }
}

/** A change as publish announces it, in a category of the test's own so other tests' subscriptions ignore it. */
export function aChange(
  guid: string,
  category: string,
  kind: keyof typeof ChangeEventTypes = 'published',
): ArticleEvent {
  const article = aStory(guid, { subjects: [{ name: category, rel: 'category', literal: category }] });
  return {
    id: `${article.newsroom.articleId}.v${article.version}.${kind}`,
    type: ChangeEventTypes[kind],
    source: 'urn:newsroom:publish',
    time: new Date().toISOString(),
    correlationId: 'c',
    article,
  };
}
