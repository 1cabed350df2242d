import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { UsageError, printTable, runAdminCli } from '@news/runtime';
import { IngestConfig, loadIngestConfig } from '../../ingest-config';
import { FeedAdminError } from '../feed-errors';
import { FeedSummary } from '../feed-summary';
import { FeedAdminSession } from './feed-admin-session';

const USAGE = `usage: npm run feeds -- <command> [options]

  create <name> [--require-signature] [--rate-limit N] [--priority N] [--or-rotate]
      registers a feed and prints its key (and signing secret) once;
      --or-rotate: if the feed exists, rotate its key instead (for scripts)
  rotate-key <name> [--grace-hours H]
      a new key; the old one keeps working for H hours (FEED_KEY_GRACE_HOURS, 24)
  list
  disable <name>      its posts are refused with 403 from now on
  enable <name>

  --json       machine-readable output
  --key-only   create/rotate-key: print the key alone (for scripts)

The database is DATABASE_URL, schema <PG_SCHEMA_PREFIX>ingest; a feed that
signs needs FEED_SECRET_KEY, the same one ingest runs with.`;

const OPTIONS = {
  'require-signature': { type: 'boolean' },
  'rate-limit': { type: 'string' },
  priority: { type: 'string' },
  'grace-hours': { type: 'string' },
  'or-rotate': { type: 'boolean' },
  json: { type: 'boolean' },
  'key-only': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function main(argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, name, ...extra] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (extra.length > 0) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
  const needsName = (): string => {
    if (!name) throw new UsageError(`${command} needs a feed name`);
    return name;
  };
  const out = new Output(values.json ?? false, values['key-only'] ?? false);
  const config = loadIngestConfig(process.env);

  await withSession(config, async (session) => {
    switch (command) {
      case 'create': {
        const input = {
          name: needsName(),
          requireSignature: values['require-signature'] ?? false,
          rateLimitPerMinute: optionalNumber('rate-limit', values['rate-limit']),
          priority: optionalNumber('priority', values.priority),
        };
        if (values['or-rotate']) {
          const issued = await session.issueKey(input);
          out.key(
            issued,
            issued.created
              ? `created feed ${issued.name}`
              : `feed ${issued.name} exists: rotated its key (the previous one works for ${config.feeds.keyGraceSeconds / 3600} h)`,
          );
        } else {
          const created = await session.createFeed.execute(input);
          out.key(
            created,
            `created feed ${created.name} (${created.rateLimitPerMinute} requests/min, ${created.requireSignature ? 'signs its posts' : 'no signature'})`,
          );
        }
        return;
      }
      case 'rotate-key': {
        const hours = optionalNumber('grace-hours', values['grace-hours']);
        const rotated = await session.rotateKey.execute({
          name: needsName(),
          graceSeconds: hours === undefined ? undefined : hours * 3600,
        });
        out.key(
          rotated,
          `rotated the key of ${rotated.name}; ${rotated.previousKeyValidUntil ? `the previous key works until ${rotated.previousKeyValidUntil}` : 'the previous key no longer works'}`,
        );
        return;
      }
      case 'list':
        out.feeds(await session.listFeeds.execute());
        return;
      case 'disable':
      case 'enable':
        out.feeds([await session.disableFeed.execute({ name: needsName(), disabled: command === 'disable' })]);
        return;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  });
}

async function withSession(config: IngestConfig, work: (session: FeedAdminSession) => Promise<void>): Promise<void> {
  const session = await FeedAdminSession.open(config);
  try {
    await work(session);
  } finally {
    await session.close();
  }
}

function optionalNumber(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new UsageError(`--${option} must be a number, got "${text}"`);
  return value;
}

/** What the operator sees: the key once, plainly, and everything else on stderr so `--key-only` output is the key alone. */
class Output {
  constructor(
    private readonly json: boolean,
    private readonly keyOnly: boolean,
  ) {}

  key(result: { name: string; key: string; signingSecret?: string }, headline: string): void {
    if (this.keyOnly) return void process.stdout.write(`${result.key}\n`);
    if (this.json) return void process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    console.error(headline);
    console.log(`key:            ${result.key}`);
    if (result.signingSecret) console.log(`signing secret: ${result.signingSecret}`);
    console.error(
      `store ${result.signingSecret ? 'them' : 'it'} now: ingest keeps only ${result.signingSecret ? 'a hash of the key and the secret encrypted' : 'a hash'}, so ${result.signingSecret ? 'they are' : 'it is'} never shown again`,
    );
  }

  feeds(feeds: FeedSummary[]): void {
    if (this.json) return void process.stdout.write(`${JSON.stringify(feeds, null, 2)}\n`);
    if (feeds.length === 0) return void console.error('no feeds yet: npm run feeds -- create <name>');
    const rows = feeds.map((f) => [
      f.name,
      f.disabled ? 'disabled' : 'enabled',
      f.requireSignature ? 'signed' : '-',
      `${f.rateLimitPerMinute}/min`,
      f.createdAt,
      f.previousKeyValidUntil ?? '-',
    ]);
    const table = [['NAME', 'STATE', 'SIGNING', 'RATE LIMIT', 'CREATED', 'OLD KEY VALID UNTIL'], ...rows];
    printTable(table);
  }
}

runAdminCli(
  () => main(process.argv.slice(2)),
  USAGE,
  (error) => error instanceof FeedAdminError,
);
