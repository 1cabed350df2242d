import { IntakeError, IntakeErrorCode } from './intake-error';
import { ParsedArticle } from './parsed-article';
import { cleanStory } from './rules/story-hygiene';

/** An item of a feed or newsMessage that was refused while the others were read. */
export interface RefusedItem {
  /** Its position among the document's items, counted from 0 (the pointer counts from 1, as XPath does). */
  index: number;
  guid?: string;
  code: IntakeErrorCode;
  message: string;
  /** Where in the document, e.g. "/rss/channel/item[3]/description". */
  pointer?: string;
}

/** The stories of a document, with the items refused among them. */
export interface ItemsRead {
  stories: ParsedArticle[];
  /** stories[i] was the document's item storyIndexes[i]: with the refused items' indexes, the document's order. */
  storyIndexes: number[];
  refused: RefusedItem[];
}

/** One item of a multi-item document, read only when asked, so one item's refusal leaves the others be. */
export interface DocumentItem {
  index: number;
  guid?: string;
  read: () => ParsedArticle;
}

/**
 * Reads each item on its own, through the hygiene rules every story passes
 * (story-hygiene.ts): a wire feed with one broken item among twenty still
 * brings nineteen stories. Only an IntakeError refuses an item; any
 * other error is a bug and stops the document.
 */
export function readItems(items: readonly DocumentItem[]): ItemsRead {
  const read: ItemsRead = { stories: [], storyIndexes: [], refused: [] };
  for (const { index, guid, read: readItem } of items) {
    try {
      read.stories.push(cleanStory(readItem()));
      read.storyIndexes.push(index);
    } catch (error) {
      if (!(error instanceof IntakeError)) throw error;
      read.refused.push({ index, guid, code: error.code, message: error.message, pointer: error.pointer });
    }
  }
  return read;
}

/** A document of one story: read it, and let its refusal refuse the document. */
export function singleStory(story: ParsedArticle): ItemsRead {
  return { stories: [cleanStory(story)], storyIndexes: [0], refused: [] };
}

/** The stories, or, when every item was refused, the first item's refusal for the whole document. */
export function someAccepted(read: ItemsRead): ItemsRead {
  const [first] = read.refused;
  if (read.stories.length > 0 || first === undefined) return read;
  const count = read.refused.length;
  const all = count === 1 ? "the document's only item was refused" : `all ${count} items in the document were refused`;
  throw new IntakeError(first.code, `${first.message}; ${all}`, first.pointer);
}
