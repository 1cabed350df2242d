import { WireDateError, parseFeedDateTime, parseIsoDateTime } from '@news/text';
import { IntakeError } from '../intake-error';

/** A date as a format printed it, with the field to blame if it is unusable. */
export interface DraftDate {
  value?: string;
  /** The field in the format's own terms, e.g. "date.issue" or "item[2]/pubDate". */
  pointer: string;
  /** RSS prints RFC 822 (in any of several languages) and sometimes ISO 8601; the others ISO 8601 only. */
  form: 'iso' | 'rfc822-or-iso';
}

/** The instant in UTC, or UNUSABLE naming the field when it is missing or impossible. */
export function readDraftDate({ value, pointer, form }: DraftDate, timeZone: string): string {
  const text = value?.trim();
  if (!text) throw new IntakeError('UNUSABLE', `the item has no date (${pointer})`, pointer);
  try {
    if (form === 'iso') return parseIsoDateTime(text, timeZone);
    return parseFeedDateTime(text, timeZone);
  } catch (error) {
    if (!(error instanceof WireDateError)) throw error;
    throw new IntakeError('UNUSABLE', `${pointer} is unusable: ${error.message}`, pointer);
  }
}
