import { ConfigError } from '@news/config';

/** A command line the operator got wrong: said with the usage, exit 2. */
export class UsageError extends Error {}

/**
 * Runs an operator command (`npm run feeds`, `npm run desk`) and turns its
 * end into an exit code: 0 done, 2 usage, 78 configuration (EX_CONFIG),
 * 1 otherwise; an error of the domain (`expected`) is said in one line,
 * anything else with its stack.
 */
export function runAdminCli(main: () => Promise<void>, usage: string, expected: (error: Error) => boolean): void {
  main().then(
    () => process.exit(0),
    (error: Error) => {
      if (error instanceof UsageError) {
        console.error(`error: ${error.message}\n\n${usage}`);
        process.exit(2);
      }
      if (error instanceof ConfigError) {
        console.error(error.message);
        process.exit(78);
      }
      console.error(`error: ${expected(error) ? error.message : (error.stack ?? error.message)}`);
      process.exit(1);
    },
  );
}

/** Rows as aligned columns on stdout, the first row the header. */
export function printTable(rows: readonly string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
}
