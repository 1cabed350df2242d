import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../../desk.tokens';
import { DeskError } from '../desk-errors';
import { JOB_STATES, JobState } from '../job-states';
import { JobSummaryView } from '../job-views';
import { JobViewer } from '../job-viewer';
import { JobFilter, JobsRepository, QueueCursor } from '../jobs.repository';

export interface ListJobsQuery {
  /** One state or several, comma-separated ("open,returned"). */
  state?: string;
  source?: string;
  target?: string;
  /** "me": jobs the caller holds or translated. */
  assignee?: string;
  cursor?: string;
  limit?: string;
}

export interface JobPage {
  items: JobSummaryView[];
  /** Pass as ?cursor= for the next page; null on the last. */
  nextCursor: string | null;
}

const LANGUAGE = /^[a-z]{2,3}$/;
const MAX_LIMIT = 200;

/** GET /v1/jobs: the queue, most pressing first, a page at a time. */
@Injectable()
export class ListJobsUseCase {
  constructor(
    @Inject(JobsRepository) private readonly jobs: JobsRepository,
    @Inject(JobViewer) private readonly viewer: JobViewer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(query: ListJobsQuery, callerId: string): Promise<JobPage> {
    const filter = readFilter(query, callerId);
    const limit = readLimit(query.limit);
    // A lapsed lease is written down before anyone sees the queue, so state=open lists it.
    await this.jobs.lapseExpiredLeases(this.clock());
    const rows = await this.jobs.list(filter, query.cursor ? readCursor(query.cursor) : null, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: await this.viewer.summaries(page),
      nextCursor:
        rows.length > limit && last
          ? writeCursor({ priority: last.priority, dueAt: last.dueAt.toISOString(), id: last.id })
          : null,
    };
  }
}

function readFilter(query: ListJobsQuery, callerId: string): JobFilter {
  const states = query.state
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = states?.find((s) => !(JOB_STATES as readonly string[]).includes(s));
  if (unknown !== undefined)
    throw new DeskError('INVALID_INPUT', `state is one of ${JOB_STATES.join(', ')}; got "${unknown}"`, {
      pointer: 'state',
    });
  for (const [name, value] of [
    ['source', query.source],
    ['target', query.target],
  ] as const)
    if (value !== undefined && !LANGUAGE.test(value))
      throw new DeskError('INVALID_INPUT', `${name} is a language code such as "ar"; got "${value}"`, {
        pointer: name,
      });
  if (query.assignee !== undefined && query.assignee !== 'me')
    throw new DeskError('INVALID_INPUT', 'assignee=me is the only assignee filter', { pointer: 'assignee' });
  return {
    ...(states?.length ? { states: states as JobState[] } : {}),
    ...(query.source ? { sourceLanguage: query.source } : {}),
    ...(query.target ? { targetLanguage: query.target } : {}),
    ...(query.assignee === 'me' ? { assigneeId: callerId } : {}),
  };
}

function readLimit(text: string | undefined): number {
  if (text === undefined) return 50;
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw new DeskError('INVALID_INPUT', `limit is a whole number from 1 to ${MAX_LIMIT}`, { pointer: 'limit' });
  return limit;
}

function writeCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify([cursor.priority, cursor.dueAt, cursor.id])).toString('base64url');
}

function readCursor(text: string): QueueCursor {
  try {
    const [priority, dueAt, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [
      number,
      string,
      string,
    ];
    if (Number.isInteger(priority) && !Number.isNaN(Date.parse(dueAt)) && /^[0-9a-f-]{36}$/.test(id))
      return { priority, dueAt, id };
  } catch {
    // falls through to the refusal
  }
  throw new DeskError('INVALID_INPUT', 'the cursor is not one this service gave out', { pointer: 'cursor' });
}
