import { Article, Credit } from '@news/contracts';
import { Priority } from './priority';
import { JobFacts, JobState } from './job-states';

/** A request for one language version of one original, as the desk keeps it. */
export interface TranslationJob extends JobFacts {
  id: string;
  articleId: string;
  /** The newest version of the original the desk has. */
  sourceVersion: number;
  sourceLanguage: string;
  targetLanguage: string;
  /** The original's headline (newest version). */
  headline: string;
  priority: Priority;
  dueAt: Date;
  createdAt: Date;
  updatedAt: Date;
  /** The newest original as it arrived (null only for jobs opened before the desk existed). */
  sourceArticle: Article | null;
  sourceParagraphs: string[];
  sourceCredits: Credit[];
  /** The version the translator works from: the diff is from it to the newest. */
  baseVersion: number | null;
  baseHeadline: string | null;
  baseParagraphs: string[] | null;
  /** A newer original arrived after the translator's base. */
  sourceChanged: boolean;
  draftHeadline: string | null;
  draftParagraphs: string[] | null;
  /** The draft came from machine translation and no person has edited it yet. */
  machineMade: boolean;
  draftSavedAt: Date | null;
  /** The first submission (due-time breaches are counted against it). */
  submittedAt: Date | null;
  approvedAt: Date | null;
  firstApprovedAt: Date | null;
  approvedSourceVersion: number | null;
  /** The last approval was of a translation of an older version than the newest original. */
  approvedAgainstOlderSource: boolean;
  /** Versions of the translation emitted so far (0: none yet). */
  outputVersion: number;
  outputArticle: Article | null;
  mtAttemptedAt: Date | null;
  mtError: string | null;
}

export interface AuditEntry {
  id: string;
  jobId: string;
  actorId: string | null;
  actorName: string;
  action: string;
  from: JobState;
  to: JobState;
  comment: string | null;
  at: Date;
}

/** The article's paragraphs: its plain-text body split where ingest joined them. */
export function paragraphsOf(article: Article): string[] {
  const body = article.bodies.find((b) => b.contentType === 'text/plain') ?? article.bodies[0];
  return body.value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
