import { parseDocument } from '../../formats/parse-document';
import type { AcceptArticleInput, AcceptedArticle } from '../accept-article/accept-article.use-case';

/** A document as a feed sent it, by whichever way it came (HTTP post, wire topic, poll). */
export interface IncomingDocument {
  feed: string;
  body: Buffer | undefined;
  contentType?: string;
  correlationId?: string;
  /** The zone of the feed's local times (FEED_TIME_ZONE, or the polled feed's own). */
  timeZone: string;
}

export interface IngestedDocument {
  /** Each story's outcome, in the document's order. */
  articles: AcceptedArticle[];
  /** Versions queued for the pipeline (created or new-version): none means a re-post or duplicates only. */
  queued: number;
  /** Stories that were not already stored as they are (duplicates included). */
  changed: number;
}

export type AcceptArticle = (input: AcceptArticleInput) => Promise<AcceptedArticle>;

/**
 * The one way a document gets in: parse it (an IntakeError names what is
 * wrong), then accept its stories one at a time, in order, so a redelivery
 * re-accepts the earlier ones as "unchanged". Every intake (the HTTP
 * controller, the wire topic, the poller) calls this.
 */
export async function ingestDocument(document: IncomingDocument, accept: AcceptArticle): Promise<IngestedDocument> {
  const stories = parseDocument(document.body, document.contentType, { timeZone: document.timeZone });
  const articles: AcceptedArticle[] = [];
  for (const parsed of stories)
    articles.push(await accept({ feed: document.feed, parsed, correlationId: document.correlationId }));
  return {
    articles,
    queued: articles.filter((a) => a.outcome === 'created' || a.outcome === 'new-version').length,
    changed: articles.filter((a) => a.outcome !== 'unchanged').length,
  };
}
