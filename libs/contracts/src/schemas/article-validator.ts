import Ajv2020, { ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Article } from '../article/article';
import { articleProfileSchema } from './article-profile.schema';

/** Thrown when an article does not satisfy the contract; names each problem. */
export class ContractViolation extends Error {
  readonly code = 'CONTRACT_VIOLATION';
  constructor(readonly problems: string[]) {
    super(`article violates the contract: ${problems.join('; ')}`);
    this.name = 'ContractViolation';
  }
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile<Article>(articleProfileSchema);

export function describeSchemaErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/**
 * HTML that would run in a reader's browser: a script element, an event
 * handler attribute, a javascript: URL. Ingest's sanitiser never lets these
 * through, so an event carrying one was forged or corrupted on the way; every
 * stage refuses it (defence in depth behind Kafka ACLs).
 */
const ACTIVE_HTML: ReadonlyArray<[RegExp, string]> = [
  [/<\s*script\b/i, 'a script element'],
  [/<[^>]*\son[a-z]+\s*=/i, 'an event handler attribute'],
  [/<[^>]*(?:href|src|action)\s*=\s*["']?\s*javascript:/i, 'a javascript: URL'],
];

function activeHtmlProblems(article: Article): string[] {
  return article.bodies.flatMap((body, index) =>
    body.contentType === 'text/html'
      ? ACTIVE_HTML.filter(([pattern]) => pattern.test(body.value)).map(
          ([, what]) => `/bodies/${index}/value holds ${what}, which no article body may carry`,
        )
      : [],
  );
}

export function isValidArticle(value: unknown): value is Article {
  return validate(value) && activeHtmlProblems(value).length === 0;
}

export function assertValidArticle(value: unknown): Article {
  if (!validate(value)) throw new ContractViolation(describeSchemaErrors(validate.errors));
  const problems = activeHtmlProblems(value);
  if (problems.length > 0) throw new ContractViolation(problems);
  return value;
}
