import { Article, ArticleEventTypes, ChangeEventTypes, Topics } from '@news/contracts';
import { StageOutput } from '@news/messaging';
import type { ChangeKind } from '../published/published-store';

export const PUBLISH_SOURCE = 'urn:newsroom:publish';

/** Why an article reaches publish: a kill, a correction, or a plain new version. */
export function changeKindOf(article: Article): Exclude<ChangeKind, 'released'> {
  if (article.pubStatus === 'canceled') return 'killed';
  if (article.newsroom.correction === true) return 'corrected';
  return 'published';
}

/** True while an article's embargo has not lifted. */
export function isEmbargoed(article: Article, now: Date): boolean {
  return article.embargoedUntil !== undefined && new Date(article.embargoedUntil).getTime() > now.getTime();
}

/**
 * What publish emits for one stored version. The change topic gets one event
 * per change; the compacted topic gets the current state, and for a kill the
 * canceled version and then a tombstone, so compaction forgets the article.
 * Ids are the article's id and version, so a re-emission is recognisable.
 */
export function announcementsOf(article: Article, kind: ChangeKind): StageOutput[] {
  const id = `${article.newsroom.articleId}.v${article.version}`;
  const change: StageOutput = {
    topic: Topics.publishedChanges,
    event: { id: `${id}.${kind}`, type: ChangeEventTypes[kind], source: PUBLISH_SOURCE, article },
  };
  const current: StageOutput = {
    topic: Topics.published,
    event: { id, type: ArticleEventTypes.published, source: PUBLISH_SOURCE, article },
  };
  if (kind !== 'killed') return [current, change];
  const tombstone: StageOutput = {
    topic: Topics.published,
    event: {
      id: `${id}.tombstone`,
      type: ArticleEventTypes.published,
      source: PUBLISH_SOURCE,
      article,
      tombstone: true,
    },
  };
  return [change, current, tombstone];
}

export const DEFAULT_KILL_NOTICE = 'This article has been withdrawn.';

/** The canceled next version of an article: what a kill (admin or cascade) publishes. */
export function killedVersionOf(article: Article, notice: string, now: Date): Article {
  return {
    ...article,
    version: String(Number(article.version) + 1),
    versionCreated: now.toISOString(),
    pubStatus: 'canceled',
    edNote: notice,
  };
}
