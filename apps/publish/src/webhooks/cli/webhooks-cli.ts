import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { UsageError, printTable, runAdminCli } from '@news/runtime';
import { loadPublishConfig } from '../../publish-config';
import { DeliverySummary } from '../deliveries/delivery-store';
import { SubscriptionSummary } from '../subscriptions/subscription-store';
import { SubscriptionWithSecret } from '../subscriptions/webhook-admin';
import { WebhookError } from '../webhook-errors';
import { WebhooksAdminSession } from './webhooks-admin-session';

const USAGE = `usage: npm run webhooks -- <command> [options]

  add <url> [--language en] [--category military] [--place <id>] [--organisation <id>]
      subscribes <url> to the published changes the filter lets through (all of them without one);
      prints the id and the signing secret, once
  list
  disable <id>                 stops sending to the subscription
  rotate-secret <id>           a new signing secret, printed once; the old one stops at once
  deliveries <id>              the subscription's latest deliveries: status, attempts, last result
  replay <delivery-id>         sends a dead or delivered delivery again, under the same id

  --json   machine-readable output (add and rotate-secret: {id, secret})

The database is DATABASE_URL, schema <PG_SCHEMA_PREFIX>publish.`;

const OPTIONS = {
  language: { type: 'string' },
  category: { type: 'string' },
  place: { type: 'string' },
  organisation: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parsed(argv);
  const [command, argument, ...extra] = positionals;
  if (values.help || !command) return void console.log(USAGE);
  if (extra.length > 0) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
  const filterGiven = ['language', 'category', 'place', 'organisation'].some((o) => values[o as keyof Values]);
  if (filterGiven && command !== 'add') throw new UsageError(`${command} takes no filter options`);
  const needs = (what: string): string => {
    if (!argument) throw new UsageError(`${command} needs ${what}`);
    return argument;
  };
  const json = values.json ?? false;
  const config = loadPublishConfig(process.env);
  const session = await WebhooksAdminSession.open(config, config.publish.webhooks.allowPrivateNetworks);
  try {
    const { admin } = session;
    switch (command) {
      case 'add':
        return printSecret(json, await admin.add({ ...values, url: needs('a target URL') }), 'subscribed');
      case 'list':
        return printSubscriptions(json, await admin.list());
      case 'disable':
        return printSubscriptions(json, [await admin.disable(needs('a subscription id'))]);
      case 'rotate-secret':
        return printSecret(json, await admin.rotateSecret(needs('a subscription id')), 'new secret for');
      case 'deliveries':
        return printDeliveries(json, await admin.deliveriesOf(needs('a subscription id')));
      case 'replay':
        return printDeliveries(json, [await admin.replay(needs('a delivery id'))]);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } finally {
    await session.close();
  }
}

function parsed(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function printSecret(json: boolean, { subscription, secret }: SubscriptionWithSecret, headline: string): void {
  if (json) return void process.stdout.write(`${JSON.stringify({ id: subscription.id, secret })}\n`);
  console.error(`${headline} ${subscription.url} (${describeFilter(subscription)})`);
  console.log(`id:     ${subscription.id}`);
  console.log(`secret: ${secret}`);
  console.error('give the secret to the receiver now: it is not shown again (rotate-secret makes a new one)');
}

function printSubscriptions(json: boolean, subscriptions: SubscriptionSummary[]): void {
  if (json) return void process.stdout.write(`${JSON.stringify(subscriptions, null, 2)}\n`);
  if (subscriptions.length === 0) return void console.error('no webhooks yet: npm run webhooks -- add <url> ...');
  printTable([
    ['ID', 'URL', 'FILTER', 'STATE', 'CREATED'],
    ...subscriptions.map((s) => [s.id, s.url, describeFilter(s), s.enabled ? 'enabled' : 'disabled', s.createdAt]),
  ]);
}

function printDeliveries(json: boolean, deliveries: DeliverySummary[]): void {
  if (json) return void process.stdout.write(`${JSON.stringify(deliveries, null, 2)}\n`);
  if (deliveries.length === 0) return void console.error('no deliveries yet');
  printTable([
    ['DELIVERY', 'EVENT', 'ARTICLE', 'STATUS', 'ATTEMPTS', 'LAST RESULT', 'CREATED'],
    ...deliveries.map((d) => [
      d.id,
      d.eventType,
      d.articleId,
      d.status === 'pending' && d.nextAttemptAt ? `pending (next ${d.nextAttemptAt})` : d.status,
      String(d.attempts),
      d.lastResult ?? '-',
      d.createdAt,
    ]),
  ]);
}

function describeFilter({ filter }: SubscriptionSummary): string {
  const parts = Object.entries(filter).map(([field, value]) => `${field}=${value}`);
  return parts.length > 0 ? parts.join(' ') : 'every change';
}

runAdminCli(
  () => main(process.argv.slice(2)),
  USAGE,
  (error) => error instanceof WebhookError,
);
