import { Credit } from '@news/contracts';
import { GlossaryTerm, TermMatcher, glossaryLanguageOf } from '@news/glossary';
import { Actor } from '../people/desk-roles';
import { DeskUser } from '../people/desk-user';
import { translationArticleId } from '../output/translation-article';
import { QaResult, QaSeverities, runQa } from '../qa/qa-checks';
import { JobAction, JobState, allowedActions, effectiveState } from './job-states';
import { PRIORITY_NAMES } from './priority';
import { ParagraphChange, diffParagraphs } from './source-diff';
import { AuditEntry, TranslationJob } from './translation-job';

export interface PersonView {
  username: string;
  displayName: string;
}

/** A job as the queue lists it. */
export interface JobSummaryView {
  id: string;
  articleId: string;
  sourceLanguage: string;
  targetLanguage: string;
  state: JobState;
  headline: string;
  priority: number;
  priorityName: string;
  dueAt: string;
  overdue: boolean;
  createdAt: string;
  ageSeconds: number;
  sourceVersion: number;
  sourceChanged: boolean;
  machineMade: boolean;
  hasDraft: boolean;
  translator: PersonView | null;
  editor: PersonView | null;
  leaseHolder: PersonView | null;
  leaseExpiresAt: string | null;
}

export interface GlossaryHint {
  /** -1 for the headline, else the 0-based source paragraph. */
  paragraph: number;
  start: number;
  end: number;
  /** The source text as written there. */
  text: string;
  preferred: string;
  accepted: string[];
  forbidden: string[];
  category: string;
  note?: string;
}

export interface AuditView {
  at: string;
  actor: string;
  action: string;
  from: JobState;
  to: JobState;
  comment: string | null;
}

/** A job as the job page shows it. */
export interface JobDetailView extends JobSummaryView {
  source: { version: number; headline: string; paragraphs: string[]; credits: Credit[]; uri: string | null };
  /** The version the translator works from, when it is older than the newest. */
  base: { version: number; headline: string; paragraphs: string[] } | null;
  /** Paragraph by paragraph, from the base to the newest source; null unless the source changed. */
  diff: ParagraphChange[] | null;
  draft: { headline: string; paragraphs: string[]; machineMade: boolean; savedAt: string | null } | null;
  qa: QaResult[];
  glossaryHints: GlossaryHint[];
  audit: AuditView[];
  comments: AuditView[];
  allowedActions: JobAction[];
  approvedAgainstOlderSource: boolean;
  translation: { articleId: string; version: number } | null;
}

function person(users: Map<string, DeskUser>, id: string | null): PersonView | null {
  const user = id ? users.get(id) : undefined;
  return user ? { username: user.username, displayName: user.displayName } : null;
}

export function summaryView(job: TranslationJob, users: Map<string, DeskUser>, now: Date): JobSummaryView {
  const state = effectiveState(job, now);
  const lapsed = state !== job.state;
  return {
    id: job.id,
    articleId: job.articleId,
    sourceLanguage: job.sourceLanguage,
    targetLanguage: job.targetLanguage,
    state,
    headline: job.headline,
    priority: job.priority,
    priorityName: PRIORITY_NAMES[job.priority],
    dueAt: job.dueAt.toISOString(),
    overdue: job.dueAt.getTime() < (job.submittedAt ?? now).getTime() && state !== 'canceled',
    createdAt: job.createdAt.toISOString(),
    ageSeconds: Math.max(0, Math.round((now.getTime() - job.createdAt.getTime()) / 1000)),
    sourceVersion: job.sourceVersion,
    sourceChanged: job.sourceChanged,
    machineMade: job.machineMade,
    hasDraft: job.draftHeadline !== null,
    translator: person(users, job.translatorId),
    editor: person(users, job.editorId),
    leaseHolder: lapsed ? null : person(users, job.leaseHolderId),
    leaseExpiresAt: lapsed || !job.leaseExpiresAt ? null : job.leaseExpiresAt.toISOString(),
  };
}

export interface DetailInputs {
  job: TranslationJob;
  users: Map<string, DeskUser>;
  audit: AuditEntry[];
  glossary: readonly GlossaryTerm[];
  qaSeverities: QaSeverities;
  actor: Actor;
  now: Date;
  leaseMs: number;
}

export function detailView(inputs: DetailInputs): JobDetailView {
  const { job, now } = inputs;
  const audit = inputs.audit.map((a): AuditView => ({
    at: a.at.toISOString(),
    actor: a.actorName,
    action: a.action,
    from: a.from,
    to: a.to,
    comment: a.comment,
  }));
  const baseIsOlder = job.sourceChanged && job.baseVersion !== null && job.baseParagraphs !== null;
  return {
    ...summaryView(job, inputs.users, now),
    source: {
      version: job.sourceVersion,
      headline: job.headline,
      paragraphs: job.sourceParagraphs,
      credits: job.sourceCredits,
      uri: job.sourceArticle?.uri ?? null,
    },
    base: baseIsOlder
      ? { version: job.baseVersion!, headline: job.baseHeadline ?? '', paragraphs: job.baseParagraphs! }
      : null,
    diff: baseIsOlder ? diffParagraphs(job.baseParagraphs!, job.sourceParagraphs) : null,
    draft:
      job.draftHeadline !== null
        ? {
            headline: job.draftHeadline,
            paragraphs: job.draftParagraphs ?? [],
            machineMade: job.machineMade,
            savedAt: job.draftSavedAt?.toISOString() ?? null,
          }
        : null,
    qa: qaOf(job, inputs.glossary, inputs.qaSeverities),
    glossaryHints: glossaryHints(job, inputs.glossary),
    audit,
    comments: audit.filter((a) => a.comment && a.actor !== 'system'),
    allowedActions: allowedActions(job, inputs.actor, { now, leaseMs: inputs.leaseMs }),
    approvedAgainstOlderSource: job.approvedAgainstOlderSource,
    translation:
      job.outputVersion > 0
        ? { articleId: translationArticleId(job.articleId, job.targetLanguage), version: job.outputVersion }
        : null,
  };
}

/** QA of the draft against the newest source; none before there is a draft. */
export function qaOf(job: TranslationJob, glossary: readonly GlossaryTerm[], severities: QaSeverities): QaResult[] {
  if (job.draftHeadline === null) return [];
  return runQa(
    {
      source: { language: job.sourceLanguage, headline: job.headline, paragraphs: job.sourceParagraphs },
      target: { language: job.targetLanguage, headline: job.draftHeadline, paragraphs: job.draftParagraphs ?? [] },
      glossary,
    },
    severities,
  );
}

function glossaryHints(job: TranslationJob, glossary: readonly GlossaryTerm[]): GlossaryHint[] {
  const from = glossaryLanguageOf(job.sourceLanguage);
  const to = glossaryLanguageOf(job.targetLanguage);
  if (!from || !to || from === to) return [];
  const matcher = new TermMatcher(glossary, from);
  return [job.headline, ...job.sourceParagraphs].flatMap((text, index) =>
    matcher.find(text).map((m) => ({
      paragraph: index - 1,
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      preferred: m.term[to].preferred,
      accepted: m.term[to].variants,
      forbidden: m.term[to].forbidden,
      category: m.term.category,
      ...(m.term.note ? { note: m.term.note } : {}),
    })),
  );
}

/** Every user a set of jobs names, for their display names. */
export function userIdsOf(jobs: readonly TranslationJob[]): string[] {
  return jobs.flatMap((j) => [j.translatorId, j.editorId, j.leaseHolderId]).filter((id): id is string => id !== null);
}
