import { isDateTimeNotation } from '@news/text';
import { DateSource } from '../parsed-article';
import { ParseOptions } from '../parse-options';
import { DraftDate, readDraftDate } from './draft-date';

/** How a feed item with no date of its own is dated: by the feed's own date when it has a usable one. */
export interface UndatedItem {
  /** The channel's lastBuildDate or pubDate, the Atom feed's updated. */
  feedDate?: DraftDate;
}

export interface StoryDate {
  publishedAt: string;
  dateSource: DateSource;
}

/**
 * The item's own date when it prints one (an impossible one is refused: the
 * item said something wrong). A feed item that prints none, or prints one in
 * no notation we read ("yesterday", "18/09/2018"), is still news: it takes
 * the feed's date, else the time it was received, and says which.
 * Other formats require their date (`undated` absent).
 */
export function storyDate(published: DraftDate, undated: UndatedItem | undefined, options: ParseOptions): StoryDate {
  if (undated === undefined || readable(published))
    return { publishedAt: readDraftDate(published, options.timeZone), dateSource: 'item' };
  const feedDate = undated.feedDate && usableDate(undated.feedDate, options.timeZone);
  if (feedDate !== undefined) return { publishedAt: feedDate, dateSource: 'feed' };
  return { publishedAt: (options.receivedAt ?? new Date()).toISOString(), dateSource: 'received' };
}

function readable({ value, form }: DraftDate): boolean {
  const text = value?.trim();
  return !!text && isDateTimeNotation(text, form === 'iso' ? 'iso' : 'feed');
}

/** The feed's date is a stand-in: when it is missing or unreadable, the time received serves instead. */
function usableDate(date: DraftDate, timeZone: string): string | undefined {
  if (!date.value?.trim()) return undefined;
  try {
    return readDraftDate(date, timeZone);
  } catch {
    return undefined;
  }
}
