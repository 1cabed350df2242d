import type { Request } from 'express';
import { ArticleKilled, ArticleNotFound, InvalidArticleId, InvalidQuery } from '../published/read-errors';
import { pageHead } from './article-page.view';
import { labelsFor } from './page-labels';
import { SiteSettings } from './page-links';
import { PageRenderer } from './page-renderer';

export interface PageNotice {
  status: number;
  heading: string;
  notice?: string;
}

/** What a reader is told instead of a page, for the read model's own errors; anything else is not a notice. */
export function noticeFor(error: unknown, language: string): PageNotice | undefined {
  const labels = labelsFor(language);
  if (error instanceof ArticleKilled) return { status: 410, heading: labels.killed, notice: error.notice || undefined };
  if (error instanceof ArticleNotFound || error instanceof InvalidArticleId)
    return { status: 404, heading: labels.notFound };
  if (error instanceof InvalidQuery) return { status: 400, heading: error.message };
  return undefined;
}

/** The notice page for `error`, or undefined when it is not one a reader should see (it goes on as a 500). */
export function noticePage(
  renderer: PageRenderer,
  site: SiteSettings,
  request: Request,
  error: unknown,
  language: string,
): { status: number; html: string } | undefined {
  const notice = noticeFor(error, language);
  if (!notice) return undefined;
  const head = pageHead(language, `${notice.heading} | ${site.name}`, `${site.baseUrl}${request.path}`, site);
  return { status: notice.status, html: renderer.notice({ ...head, ...notice }) };
}
