import { randomUUID } from 'node:crypto';
import { AcceptArticle, IngestedDocument, ingestDocument } from '../articles/ingest-document/ingest-document';
import { describeRefusedItems } from '../articles/ingest-document/refused-items';
import { IntakeError } from '../formats/intake-error';
import { conditionalGet } from './conditional-get';
import { FeedValidatorsStore, InMemoryFeedValidators } from './feed-validators.store';
import { PolledFeed } from './poll-feeds-config';

export interface PollLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface FeedPollerOptions {
  fetch: typeof fetch;
  accept: AcceptArticle;
  /** FEED_TIME_ZONE, for feeds whose entry names no zone. */
  timeZone: string;
  /** MAX_BODY_BYTES: a polled document obeys the same limit as a posted one. */
  maxBytes: number;
  /** MAX_ITEMS_PER_DOCUMENT. */
  maxItems: number;
  logger: PollLogger;
  validators?: FeedValidatorsStore;
}

export type PollResult =
  | { feed: string; status: 'not-modified' }
  /** `refused`: items of the feed refused on their own while the others were stored; not tried again until the feed changes. */
  | { feed: string; status: 'accepted'; stories: number; changed: number; refused: number }
  /** ingest refused the document (an IntakeError); not fetched again until it changes. */
  | { feed: string; status: 'refused'; error: string }
  /** The fetch or the store failed; the next poll asks again, unconditionally if nothing was accepted. */
  | { feed: string; status: 'failed'; error: string };

/**
 * One poll of one feed: a conditional GET, then, for a new document, the
 * same parsers and rules as a post, each story accepted. The validators are
 * remembered only once every story is durable, so a poll that failed half
 * way is not answered "304" next time. Never throws: the outcome says what
 * happened, and the log names the feed.
 */
export class FeedPoller {
  private readonly validators: FeedValidatorsStore;

  constructor(private readonly options: FeedPollerOptions) {
    this.validators = options.validators ?? new InMemoryFeedValidators();
  }

  async poll(polled: PolledFeed, signal?: AbortSignal): Promise<PollResult> {
    const { feed } = polled;
    const { logger } = this.options;
    try {
      const known = await this.validators.get(feed);
      const got = await conditionalGet(this.options.fetch, polled.url, known, {
        timeoutMs: polled.timeoutSeconds * 1000,
        maxBytes: this.options.maxBytes,
        signal,
      });
      if (got.status === 'not-modified') {
        await this.validators.set(feed, got.validators);
        return { feed, status: 'not-modified' };
      }
      const document = {
        feed,
        body: got.body,
        contentType: got.contentType,
        correlationId: `poll-${feed}-${randomUUID()}`,
        timeZone: polled.timeZone ?? this.options.timeZone,
        maxItems: this.options.maxItems,
      };
      let ingested: IngestedDocument;
      try {
        ingested = await ingestDocument(document, this.options.accept);
      } catch (error) {
        // The same bytes would be refused the same way: ask with these validators, so the next refusal is of a new version.
        if (error instanceof IntakeError) await this.validators.set(feed, got.validators);
        throw error;
      }
      await this.validators.set(feed, got.validators);
      const { articles, changed, refused } = ingested;
      if (changed > 0)
        logger.log(`feed ${feed}: ${articles.length} stories from ${polled.url}, ${changed} new or changed`);
      if (refused.length > 0) logger.warn(`feed ${feed}: from ${polled.url}, ${describeRefusedItems(ingested)}`);
      return { feed, status: 'accepted', stories: articles.length, changed, refused: refused.length };
    } catch (error) {
      if (error instanceof IntakeError) {
        const reason = `${error.code}${error.pointer ? ` (${error.pointer})` : ''}: ${error.message}`;
        logger.error(`feed ${feed}: refused the document from ${polled.url}: ${reason}`);
        return { feed, status: 'refused', error: reason };
      }
      const reason = (error as Error).message ?? String(error);
      if (!signal?.aborted) logger.warn(`feed ${feed}: poll failed, trying again at the next interval: ${reason}`);
      return { feed, status: 'failed', error: reason };
    }
  }
}
