import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { UsageError, printTable, runAdminCli } from '@news/runtime';
import { loadTranslateQueueConfig } from '../../translate-queue-config';
import { DeskError } from '../jobs/desk-errors';
import { UserSummary } from '../people/desk-user';
import { DeskAdminSession } from './desk-admin-session';

const USAGE = `usage: npm run desk -- <command> [options]

  add-user <username> --role translator|translation-editor|admin --display-name "<name>" [--password-stdin]
      opens an account; prints a generated password once unless --password-stdin
      (the display name is credited exactly as given, e.g. "سلمى يوسف")
  list-users
  disable-user <username>     signs the account out everywhere and refuses its sign-ins
  enable-user <username>
  reset-password <username> [--password-stdin]
      a new password (generated and printed once, or read from stdin); every session ends

  --json   machine-readable output

The database is DATABASE_URL, schema <PG_SCHEMA_PREFIX>translation.`;

const OPTIONS = {
  role: { type: 'string' },
  'display-name': { type: 'string' },
  'password-stdin': { type: 'boolean' },
  json: { type: 'boolean' },
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
  const [command, username, ...extra] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (extra.length > 0) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
  const needsUsername = (): string => {
    if (!username) throw new UsageError(`${command} needs a username`);
    return username;
  };
  const json = values.json ?? false;
  const config = loadTranslateQueueConfig(process.env);
  const password = async () => (values['password-stdin'] ? await readPasswordFromStdin() : undefined);

  const session = await DeskAdminSession.open(config);
  try {
    switch (command) {
      case 'add-user': {
        const name = needsUsername();
        if (!values.role) throw new UsageError('add-user needs --role translator|translation-editor|admin');
        if (!values['display-name']) throw new UsageError('add-user needs --display-name "<the name to credit>"');
        const added = await session.addUser.execute({
          username: name,
          role: values.role,
          displayName: values['display-name'],
          password: await password(),
        });
        printAccount(json, added, `added ${added.user.role} ${added.user.username} (${added.user.displayName})`);
        return;
      }
      case 'list-users':
        printUsers(json, await session.listUsers.execute());
        return;
      case 'disable-user':
      case 'enable-user':
        printUsers(json, [
          await session.disableUser.execute({ username: needsUsername(), disabled: command === 'disable-user' }),
        ]);
        return;
      case 'reset-password': {
        const reset = await session.resetPassword.execute({ username: needsUsername(), password: await password() });
        printAccount(json, reset, `new password for ${reset.user.username}; every session of the account has ended`);
        return;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } finally {
    await session.close();
  }
}

/** The first line of standard input, without its line break (`printf '%s' "$PW" | npm run desk -- ... --password-stdin`). */
async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

function printAccount(
  json: boolean,
  result: { user: UserSummary; generatedPassword?: string },
  headline: string,
): void {
  if (json) return void process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  console.error(headline);
  if (result.generatedPassword) {
    console.log(`password: ${result.generatedPassword}`);
    console.error('give it to them now: only its Argon2 hash is kept, so it is never shown again');
  }
}

function printUsers(json: boolean, users: UserSummary[]): void {
  if (json) return void process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
  if (users.length === 0) return void console.error('no desk users yet: npm run desk -- add-user <username> ...');
  const table = [
    ['USERNAME', 'ROLE', 'DISPLAY NAME', 'STATE', 'CREATED'],
    ...users.map((u) => [u.username, u.role, u.displayName, u.disabled ? 'disabled' : 'enabled', u.createdAt]),
  ];
  printTable(table);
}

runAdminCli(
  () => main(process.argv.slice(2)),
  USAGE,
  (error) => error instanceof DeskError,
);
