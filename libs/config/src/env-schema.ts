import { z } from 'zod';

/**
 * Each service declares the environment it reads as one zod object whose keys
 * are the variable names. The README's tables are checked against these keys,
 * and every value is validated here, once, before anything starts.
 */
export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Exported but blank (`FOO=`) counts as unset, as shells and manifests often leave it. */
const unsetIfBlank = (value: unknown) => (typeof value === 'string' ? value.trim() || undefined : value);

/** What a value must be, said once per variable and used in every error about it. */
const must = (expectation: string) => ({ must: expectation });

export const envVar = {
  text: (fallback: string) => z.preprocess(unsetIfBlank, z.string().default(fallback)),

  optionalText: () => z.preprocess(unsetIfBlank, z.string().optional()),

  integer: (fallback: number, min = 0) =>
    z
      .preprocess(unsetIfBlank, z.coerce.number().int().min(min).default(fallback))
      .meta(must(`be an integer >= ${min}`)),

  /** One of a fixed set, case-insensitive (LOG_LEVEL=WARN reads as warn). */
  oneOf: <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
    z
      .preprocess((v) => (unsetIfBlank(v) as string | undefined)?.toLowerCase(), z.enum(values).default(fallback))
      .meta(must(`be one of ${values.map((v) => `"${v}"`).join(', ')}`)),

  /** Comma-separated; each entry trimmed, empty entries dropped, at least one left. */
  list: (fallback: string, entry: z.ZodString = z.string()) =>
    z
      .preprocess(
        (v) =>
          (unsetIfBlank(v) as string | undefined)
            ?.split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        z.array(entry).min(1).default(fallback.split(',')),
      )
      .meta(must('name at least one value')),

  /** An absolute URL with one of the given schemes, e.g. ['postgres', 'postgresql']. */
  url: (fallback: string, schemes: string[]) =>
    z
      .preprocess(unsetIfBlank, z.url({ protocol: new RegExp(`^(${schemes.join('|')})$`) }).default(fallback))
      .meta(must(`be a ${schemes.map((scheme) => `${scheme}://`).join(' or ')} URL`)),

  /** Like `url`, with no default: unset means the feature it configures is off. */
  optionalUrl: (schemes: string[]) =>
    z
      .preprocess(unsetIfBlank, z.url({ protocol: new RegExp(`^(${schemes.join('|')})$`) }).optional())
      .meta(must(`be a ${schemes.map((scheme) => `${scheme}://`).join(' or ')} URL`)),

  matching: (pattern: RegExp, fallback: string, expectation: string) =>
    z.preprocess(unsetIfBlank, z.string().regex(pattern).default(fallback)).meta(must(expectation)),
};

/**
 * For a `.check()` whose problem the variable's `must` cannot say (an entry
 * of a list, a bound that depends on another setting): `problem` is the
 * whole text after the variable's name.
 */
export function refuse(ctx: { issues: unknown[]; value: unknown }, problem: string): void {
  ctx.issues.push({ code: 'custom', input: ctx.value, message: problem, params: { wholeProblem: true } });
}

/**
 * Validates `env` against a service's schema. The first bad variable stops
 * start-up with one line naming it, what it must be and what it was.
 */
export function parseEnv<S extends z.ZodObject>(schema: S, env: Env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue.path[0]);
  throw new ConfigError(variable, describe(schema, variable, issue, env[variable]));
}

interface VariableMeta {
  /** What a value must be, e.g. "be an integer >= 0". */
  must?: string;
  /** Never echo the value: it is a key or a token, and the error goes to logs. */
  secret?: boolean;
}

function describe(schema: z.ZodObject, variable: string, issue: z.core.$ZodIssue, raw: string | undefined): string {
  const field = schema.shape[variable] as z.ZodType | undefined;
  const meta = field?.meta() as VariableMeta | undefined;
  const value = raw?.trim() ?? '';
  const got = meta?.secret ? `got a value of ${value.length} characters` : `got "${value}"`;
  if (issue.code === 'custom' && (issue.params as { wholeProblem?: boolean } | undefined)?.wholeProblem)
    return issue.message;
  const detail = issue.path.length > 1 ? ` (entry ${String(issue.path[1])})` : '';
  return `must ${meta?.must ?? 'be valid'}${detail}, ${got}`;
}
