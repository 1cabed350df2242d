import { Inject, Injectable } from '@nestjs/common';
import { GlossaryError, glossaryFromCsv, glossaryToCsv } from '@news/glossary';
import { DeskError } from '../../jobs/desk-errors';
import { Actor, requireRole } from '../../people/desk-roles';
import { GlossaryRepository } from '../glossary.repository';

/** CSV in (every row checked before any is stored) and out. */
@Injectable()
export class ImportGlossaryUseCase {
  constructor(@Inject(GlossaryRepository) private readonly glossary: GlossaryRepository) {}

  async execute(actor: Actor, csv: string): Promise<{ added: number; updated: number }> {
    requireRole(actor, ['translation-editor', 'admin'], 'change the glossary');
    let terms;
    try {
      terms = glossaryFromCsv(csv);
    } catch (error) {
      if (error instanceof GlossaryError) throw new DeskError('INVALID_INPUT', error.message, { pointer: error.where });
      throw error;
    }
    return this.glossary.upsertAll(terms);
  }

  async export(): Promise<string> {
    return glossaryToCsv(await this.glossary.list());
  }
}
