import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApproveJobUseCase } from '../jobs/approve-job/approve-job.use-case';
import { ClaimJobUseCase } from '../jobs/claim-job/claim-job.use-case';
import { GetJobUseCase } from '../jobs/get-job/get-job.use-case';
import { JobDetailView } from '../jobs/job-views';
import { JobPage, ListJobsQuery, ListJobsUseCase } from '../jobs/list-jobs/list-jobs.use-case';
import { ReassignJobUseCase } from '../jobs/reassign-job/reassign-job.use-case';
import { ReturnJobUseCase, readComment } from '../jobs/return-job/return-job.use-case';
import { SaveDraftUseCase, readDraft } from '../jobs/save-draft/save-draft.use-case';
import { SimpleAction, SimpleTransitionsUseCase } from '../jobs/simple-transitions/simple-transitions.use-case';
import { SubmitJobUseCase } from '../jobs/submit-job/submit-job.use-case';
import { Actor } from '../people/desk-roles';
import { ApiProblems, DESK_TOKEN, JOB_DETAIL_SCHEMA, JOB_SUMMARY_SCHEMA } from './api-docs';
import { CurrentActor, DeskAuthGuard } from './desk-auth.guard';

const COMMENT_BODY = {
  schema: { type: 'object', properties: { comment: { type: 'string', maxLength: 4000 } } },
  required: false,
} as const;

/** The queue and each job's transitions. Handlers are one line: the rules are in the use cases. */
@ApiTags('desk: jobs')
@ApiBearerAuth(DESK_TOKEN)
@ApiProblems([401, 'No live session: sign in with POST /v1/auth/login.'])
@UseGuards(DeskAuthGuard)
@Controller('v1/jobs')
export class JobsController {
  constructor(
    @Inject(ListJobsUseCase) private readonly listJobs: ListJobsUseCase,
    @Inject(GetJobUseCase) private readonly getJob: GetJobUseCase,
    @Inject(ClaimJobUseCase) private readonly claimJob: ClaimJobUseCase,
    @Inject(SaveDraftUseCase) private readonly saveDraft: SaveDraftUseCase,
    @Inject(SubmitJobUseCase) private readonly submitJob: SubmitJobUseCase,
    @Inject(ApproveJobUseCase) private readonly approveJob: ApproveJobUseCase,
    @Inject(ReturnJobUseCase) private readonly returnJob: ReturnJobUseCase,
    @Inject(ReassignJobUseCase) private readonly reassignJob: ReassignJobUseCase,
    @Inject(SimpleTransitionsUseCase) private readonly simple: SimpleTransitionsUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The queue, most pressing first (priority, then due time), a page at a time' })
  @ApiQuery({ name: 'state', required: false, description: 'one state or several, comma-separated' })
  @ApiQuery({ name: 'source', required: false, example: 'ar' })
  @ApiQuery({ name: 'target', required: false, example: 'en' })
  @ApiQuery({ name: 'assignee', required: false, enum: ['me'] })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({ name: 'limit', required: false, description: '1-200, 50 by default' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['items', 'nextCursor'],
      properties: {
        items: { type: 'array', items: JOB_SUMMARY_SCHEMA },
        nextCursor: { type: 'string', nullable: true },
      },
    },
  })
  @ApiProblems([400, 'A state, language, cursor or limit the queue does not know.'])
  list(@Query() query: ListJobsQuery, @CurrentActor() actor: Actor): Promise<JobPage> {
    return this.listJobs.execute(query, actor.id!);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A job: source, draft, diff when the source changed, QA, glossary hints, audit, allowed actions',
  })
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems([404, 'No such job.'])
  get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<JobDetailView> {
    return this.getJob.execute(id, actor);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take the job (a lease of DESK_LEASE_MINUTES); claiming your own again renews it' })
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems([404, 'No such job.'], [409, 'Another translator holds it, or it is not open.'])
  claim(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<JobDetailView> {
    return this.claimJob.execute(id, actor);
  }

  @Post(':id/renew')
  @HttpCode(200)
  @ApiOperation({ summary: 'Renew your lease' })
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems([409, 'Not your lease, or it ran out.'])
  renew(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<JobDetailView> {
    return this.run(id, actor, 'renew');
  }

  @Put(':id/draft')
  @ApiOperation({ summary: 'Save the draft (autosave); renews the lease' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['headline', 'paragraphs'],
      properties: { headline: { type: 'string' }, paragraphs: { type: 'array', items: { type: 'string' } } },
    },
  })
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems([400, 'Not {headline, paragraphs: [string]}.'], [409, 'Not your lease, or it ran out.'])
  draft(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor): Promise<JobDetailView> {
    return this.saveDraft.execute(id, actor, readDraft(body));
  }

  @Post(':id/acknowledge-source')
  @HttpCode(200)
  @ApiOperation({ summary: 'You have seen the newer original: the diff starts again from it' })
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems([409, 'Not your lease, or it ran out.'])
  acknowledgeSource(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<JobDetailView> {
    return this.saveDraft.acknowledgeSource(id, actor);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send to the translation editors; refused while a blocking QA check fails' })
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems([409, 'Not your lease, or not claimed.'], [422, 'Blocking QA failures, listed in `failures`.'])
  submit(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<JobDetailView> {
    return this.submitJob.execute(id, actor);
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'A translation editor takes a submitted job into review' })
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems([403, 'Not an editor, or your own translation.'], [409, 'Not submitted.'])
  review(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<JobDetailView> {
    return this.run(id, actor, 'review');
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve: the translation goes to news.ready.v1 as its own article (its next version)' })
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems([403, 'Not an editor, or your own translation.'], [409, 'Not submitted or in review.'])
  approve(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Headers('x-correlation-id') correlationId?: string,
  ): Promise<JobDetailView> {
    return this.approveJob.execute(id, actor, correlationId);
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Back to its translator, with a comment saying what to fix' })
  @ApiBody({ schema: { type: 'object', required: ['comment'], properties: { comment: { type: 'string' } } } })
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems(
    [400, 'No comment.'],
    [403, 'Not an editor, or your own translation.'],
    [409, 'Not submitted or in review.'],
  )
  return(@Param('id') id: string, @Body() body: { comment?: unknown } | undefined, @CurrentActor() actor: Actor) {
    return this.returnJob.execute(id, actor, body?.comment as string);
  }

  @Post(':id/release')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give the job back to the queue (the holder, or an editor for anyone’s)' })
  @ApiBody(COMMENT_BODY)
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems([409, 'Not claimed, or another translator’s lease.'])
  release(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor): Promise<JobDetailView> {
    return this.run(id, actor, 'release', body);
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @ApiOperation({ summary: 'An editor hands the job to another translator' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['username'],
      properties: { username: { type: 'string' }, comment: { type: 'string' } },
    },
  })
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems([403, 'Not an editor.'], [404, 'No such job or user.'], [409, 'Not open, claimed or returned.'])
  reassign(
    @Param('id') id: string,
    @Body() body: { username?: unknown; comment?: unknown } | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<JobDetailView> {
    return this.reassignJob.execute(id, actor, body?.username, readComment(body?.comment, false));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'An editor cancels an unfinished job' })
  @ApiBody(COMMENT_BODY)
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems([403, 'Not an editor.'], [409, 'Already approved or canceled.'])
  cancel(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor): Promise<JobDetailView> {
    return this.run(id, actor, 'cancel', body);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @ApiOperation({
    summary: 'An editor sends an approved translation back for a correction (the next approval is its next version)',
  })
  @ApiBody(COMMENT_BODY)
  @ApiOkResponse({ schema: JOB_DETAIL_SCHEMA })
  @ApiProblems([403, 'Not an editor, or your own translation.'], [409, 'Not approved.'])
  reopen(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor): Promise<JobDetailView> {
    return this.run(id, actor, 'reopen', body);
  }

  private run(id: string, actor: Actor, action: SimpleAction, body?: unknown): Promise<JobDetailView> {
    const comment = typeof body === 'object' && body !== null ? (body as { comment?: unknown }).comment : undefined;
    return this.simple.execute(id, actor, action, readComment(comment, false));
  }
}
