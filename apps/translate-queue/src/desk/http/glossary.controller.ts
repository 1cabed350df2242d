import { Body, Controller, Get, Header, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags, SchemaObject } from '@nestjs/swagger';
import { GlossaryTerm } from '@news/glossary';
import { AddTermUseCase, readTerm } from '../glossary/add-term/add-term.use-case';
import { GlossaryRepository } from '../glossary/glossary.repository';
import { ImportGlossaryUseCase } from '../glossary/import-glossary/import-glossary.use-case';
import { DeskError } from '../jobs/desk-errors';
import { Actor } from '../people/desk-roles';
import { ApiProblems, DESK_TOKEN } from './api-docs';
import { CurrentActor, DeskAuthGuard } from './desk-auth.guard';

const FORMS: SchemaObject = {
  type: 'object',
  required: ['preferred'],
  properties: {
    preferred: { type: 'string' },
    variants: { type: 'array', items: { type: 'string' } },
    forbidden: { type: 'array', items: { type: 'string' } },
  },
};

@ApiTags('desk: glossary')
@ApiBearerAuth(DESK_TOKEN)
@ApiProblems([401, 'No live session.'])
@UseGuards(DeskAuthGuard)
@Controller('v1/glossary')
export class GlossaryController {
  constructor(
    @Inject(GlossaryRepository) private readonly glossary: GlossaryRepository,
    @Inject(AddTermUseCase) private readonly addTerm: AddTermUseCase,
    @Inject(ImportGlossaryUseCase) private readonly importGlossary: ImportGlossaryUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every term: Arabic and English, preferred, accepted and forbidden forms' })
  async list(): Promise<{ items: GlossaryTerm[] }> {
    return { items: await this.glossary.list() };
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a term (translation editors and admins)' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['category', 'ar', 'en'],
      properties: {
        category: { enum: ['actor', 'place', 'title', 'other'] },
        ar: FORMS,
        en: FORMS,
        note: { type: 'string' },
      },
    },
  })
  @ApiProblems([400, 'Not a term.'], [403, 'Not an editor.'], [409, 'The pair is there already.'])
  add(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<GlossaryTerm> {
    return this.addTerm.execute(actor, readTerm(body));
  }

  @Get('export.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="glossary.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The glossary as CSV: category, ar, ar_variants, ar_forbidden, en, en_variants, en_forbidden, note',
  })
  export(): Promise<string> {
    return this.importGlossary.export();
  }

  @Post('import')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'category,ar,en,en_forbidden\nplace,إدلب,Idlib,Edlib|Idleb\n' } })
  @ApiOperation({ summary: 'Add or update terms from CSV (all rows or none); lists are separated by |' })
  @ApiProblems([400, 'A row that is not a term (the line is named).'], [403, 'Not an editor.'], [415, 'Not text/csv.'])
  import(@Body() body: unknown, @CurrentActor() actor: Actor): Promise<{ added: number; updated: number }> {
    if (typeof body !== 'string')
      throw new DeskError('INVALID_INPUT', 'send the CSV as the body with Content-Type: text/csv');
    return this.importGlossary.execute(actor, body);
  }
}
