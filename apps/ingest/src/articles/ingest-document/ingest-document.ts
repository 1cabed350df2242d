import { IntakeError } from '../../formats/intake-error';
import { RefusedItem, parseDocument } from '../../formats/parse-document';
import type { AcceptArticleInput, AcceptedArticle } from '../accept-article/accept-article.use-case';

/** A document as a feed sent it, by whichever way it came (HTTP post, wire topic, poll). */
export interface IncomingDocument {
  feed: string;
  body: Buffer | undefined;
  contentType?: string;
  correlationId?: string;
  /** The zone of the feed's local times (FEED_TIME_ZONE, or the polled feed's own). */
  timeZone: string;
  /** MAX_ITEMS_PER_DOCUMENT: a document with more items is refused whole (413) before any is stored. */
  maxItems: number;
}

/** What became of one item of the document: stored, or refused with the reason. */
export type ItemOutcome = { index: number; accepted: AcceptedArticle } | { index: number; refused: RefusedItem };

export interface IngestedDocument {
  /** Each accepted story's outcome, in the document's order. */
  articles: AcceptedArticle[];
  /** Items of a feed or newsMessage refused while the others were accepted, in the document's order. */
  refused: RefusedItem[];
  /** Every item, accepted or refused, in the document's order. */
  items: ItemOutcome[];
  /** Versions queued for the pipeline (created or new-version): none means a re-post or duplicates only. */
  queued: number;
  /** Stories that were not already stored as they are (duplicates included). */
  changed: number;
}

export type AcceptArticle = (input: AcceptArticleInput) => Promise<AcceptedArticle>;

/** Asked with the number of stories before any is stored; throws to refuse them all (a feed's rate limit). */
export type AdmitStories = (stories: number) => Promise<void>;

/**
 * The one way a document gets in: parse it (an IntakeError names what is
 * wrong with a document refused whole; an item refused on its own is listed
 * in `refused`), then accept its stories one at a time, in order, so a
 * redelivery re-accepts the earlier ones as "unchanged". Every intake (the
 * HTTP controller, the wire topic, the poller) calls this.
 */
export async function ingestDocument(
  document: IncomingDocument,
  accept: AcceptArticle,
  admit: AdmitStories = () => Promise.resolve(),
): Promise<IngestedDocument> {
  const { stories, storyIndexes, refused } = parseDocument(document.body, document.contentType, {
    timeZone: document.timeZone,
  });
  const itemCount = stories.length + refused.length;
  if (itemCount > document.maxItems)
    throw new IntakeError(
      'TOO_LARGE',
      `the document holds ${itemCount} items; at most ${document.maxItems} are taken per document (MAX_ITEMS_PER_DOCUMENT): split it`,
      'body',
    );
  await admit(stories.length);
  const articles: AcceptedArticle[] = [];
  for (const parsed of stories)
    articles.push(await accept({ feed: document.feed, parsed, correlationId: document.correlationId }));
  const items: ItemOutcome[] = [
    ...articles.map((accepted, i) => ({ index: storyIndexes[i], accepted })),
    ...refused.map((item) => ({ index: item.index, refused: item })),
  ].sort((a, b) => a.index - b.index);
  return {
    articles,
    refused,
    items,
    queued: articles.filter((a) => a.outcome === 'created' || a.outcome === 'new-version').length,
    changed: articles.filter((a) => a.outcome !== 'unchanged').length,
  };
}
