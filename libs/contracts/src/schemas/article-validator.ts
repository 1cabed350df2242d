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

export function isValidArticle(value: unknown): value is Article {
  return validate(value);
}

export function assertValidArticle(value: unknown): Article {
  if (validate(value)) return value;
  throw new ContractViolation(describeSchemaErrors(validate.errors));
}
