import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '../../people/desk-roles';
import { DeskError } from '../desk-errors';
import { JobDetailView } from '../job-views';
import { JobViewer } from '../job-viewer';
import { JobWorkflow } from '../job-workflow';

export interface DraftInput {
  headline: string;
  paragraphs: string[];
}

const MAX_PARAGRAPHS = 500;
const MAX_CHARS = 200_000;

/**
 * PUT /v1/jobs/{id}/draft (autosave): the holder's draft, renewing the
 * lease. A machine-made draft stays marked machine-made until a save
 * changes it.
 */
@Injectable()
export class SaveDraftUseCase {
  constructor(
    @Inject(JobWorkflow) private readonly workflow: JobWorkflow,
    @Inject(JobViewer) private readonly viewer: JobViewer,
  ) {}

  async execute(jobId: string, actor: Actor, draft: DraftInput): Promise<JobDetailView> {
    const job = await this.workflow.transition({
      jobId,
      actor,
      action: 'save-draft',
      apply: ({ job, now }) => {
        const unchanged =
          job.draftHeadline === draft.headline &&
          JSON.stringify(job.draftParagraphs ?? []) === JSON.stringify(draft.paragraphs);
        return {
          draftHeadline: draft.headline,
          draftParagraphs: draft.paragraphs,
          machineMade: job.machineMade && unchanged,
          draftSavedAt: now,
        };
      },
    });
    return this.viewer.detail(job, actor);
  }

  /** POST /v1/jobs/{id}/acknowledge-source: the translator has seen the newer source; the diff starts again from it. */
  async acknowledgeSource(jobId: string, actor: Actor): Promise<JobDetailView> {
    const job = await this.workflow.transition({
      jobId,
      actor,
      action: 'acknowledge-source',
      apply: ({ job }) => ({
        baseVersion: job.sourceVersion,
        baseHeadline: job.headline,
        baseParagraphs: job.sourceParagraphs,
        sourceChanged: false,
      }),
    });
    return this.viewer.detail(job, actor);
  }
}

export function readDraft(body: unknown): DraftInput {
  const { headline, paragraphs } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof headline !== 'string')
    throw new DeskError('INVALID_INPUT', '"headline" must be a string', { pointer: '/headline' });
  if (!Array.isArray(paragraphs) || !paragraphs.every((p) => typeof p === 'string'))
    throw new DeskError('INVALID_INPUT', '"paragraphs" must be an array of strings', { pointer: '/paragraphs' });
  if (paragraphs.length > MAX_PARAGRAPHS)
    throw new DeskError('INVALID_INPUT', `at most ${MAX_PARAGRAPHS} paragraphs`, { pointer: '/paragraphs' });
  const chars = headline.length + paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars > MAX_CHARS) throw new DeskError('INVALID_INPUT', `a draft has at most ${MAX_CHARS} characters`);
  return { headline, paragraphs: paragraphs };
}
