import { Inject, Injectable } from '@nestjs/common';
import { GlossaryError, GlossaryTerm, TERM_CATEGORIES, TermCategory, normalizeTerm } from '@news/glossary';
import { DeskError } from '../../jobs/desk-errors';
import { Actor, requireRole } from '../../people/desk-roles';
import { GlossaryRepository } from '../glossary.repository';

/** POST /v1/glossary: one new term. */
@Injectable()
export class AddTermUseCase {
  constructor(@Inject(GlossaryRepository) private readonly glossary: GlossaryRepository) {}

  async execute(actor: Actor, input: GlossaryTerm): Promise<GlossaryTerm> {
    requireRole(actor, ['translation-editor', 'admin'], 'change the glossary');
    let term: GlossaryTerm;
    try {
      term = normalizeTerm(input);
    } catch (error) {
      if (error instanceof GlossaryError) throw new DeskError('INVALID_INPUT', error.message);
      throw error;
    }
    const added = await this.glossary.insert(term);
    if (!added)
      throw new DeskError('TERM_EXISTS', `"${term.ar.preferred}" → "${term.en.preferred}" is in the glossary already`);
    return added;
  }
}

/** The API's JSON body as a term: {category, ar: {preferred, variants?, forbidden?}, en: {...}, note?}. */
export function readTerm(body: unknown): GlossaryTerm {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new DeskError('INVALID_INPUT', 'the body is a JSON object {category, ar, en, note?}');
  const { category, ar, en, note } = body as Record<string, unknown>;
  if (typeof category !== 'string' || !(TERM_CATEGORIES as readonly string[]).includes(category))
    throw new DeskError('INVALID_INPUT', `"category" is one of ${TERM_CATEGORIES.join(', ')}`);
  if (note !== undefined && typeof note !== 'string') throw new DeskError('INVALID_INPUT', '"note" must be a string');
  return {
    category: category as TermCategory,
    ar: readForms('ar', ar),
    en: readForms('en', en),
    ...(note ? { note } : {}),
  };
}

function readForms(language: string, value: unknown): GlossaryTerm['ar'] {
  // A plain string is the preferred form alone.
  if (typeof value === 'string') return { preferred: value, variants: [], forbidden: [] };
  if (typeof value !== 'object' || value === null)
    throw new DeskError('INVALID_INPUT', `"${language}" is {preferred, variants?, forbidden?} or a string`);
  const { preferred, variants = [], forbidden = [] } = value as Record<string, unknown>;
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (typeof preferred !== 'string' || !strings(variants) || !strings(forbidden))
    throw new DeskError(
      'INVALID_INPUT',
      `"${language}" is {preferred: string, variants?: string[], forbidden?: string[]}`,
    );
  return { preferred, variants, forbidden };
}
