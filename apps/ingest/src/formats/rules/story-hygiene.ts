import { plainText, storableText } from '@news/text';
import { IntakeError } from '../intake-error';
import { ParsedArticle } from '../parsed-article';

/** The earliest publish date a newsroom has a use for; before it a date is a typo or a probe. */
const EARLIEST = Date.UTC(1900, 0, 1);
const YEAR_MS = 366 * 24 * 3600 * 1000;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

/**
 * The last rules every story passes, whatever its format, before anything
 * is stored: every string storable (no NUL or other controls, no lone
 * surrogates), every plain-text field plain text (a sender's markup gone,
 * its visible text kept), the publish date within 1900 to a year from now,
 * and the language a BCP 47 tag. What breaks a rule is refused with 422
 * naming the field, never a 500 from the database or the contract later.
 */
export function cleanStory(story: ParsedArticle, now: Date = new Date()): ParsedArticle {
  const clean = storableStrings(story);
  checkPublishDate(clean.publishedAt, now);
  if (!LANGUAGE_TAG.test(clean.language))
    throw new IntakeError('UNUSABLE', `the language "${clean.language}" is not a BCP 47 tag`, 'language');
  return {
    ...clean,
    headline: requiredPlain(clean.headline, 'headline'),
    byline: optionalPlain(clean.byline),
    credits: clean.credits.map((c) => ({ ...c, name: plainText(c.name) })).filter((c) => c.name !== ''),
    tags: clean.tags.map(plainText).filter((tag) => tag !== ''),
    category: clean.category && { ...clean.category, label: plainText(clean.category.label) },
    dateline: clean.dateline && {
      ...clean.dateline,
      place: plainText(clean.dateline.place),
      text: plainText(clean.dateline.text),
      ...(clean.dateline.agency === undefined ? {} : { agency: plainText(clean.dateline.agency) }),
    },
    links: {
      ...(clean.links.previous ? { previous: plainLink(clean.links.previous) } : {}),
      ...(clean.links.next ? { next: plainLink(clean.links.next) } : {}),
      related: clean.links.related.map(plainLink),
    },
  };
}

function checkPublishDate(publishedAt: string, now: Date): void {
  const at = Date.parse(publishedAt);
  if (Number.isNaN(at) || at < EARLIEST || at > now.getTime() + YEAR_MS)
    throw new IntakeError(
      'UNUSABLE',
      `the publish date ${publishedAt} is outside 1900-01-01 to one year from now`,
      'publishedAt',
    );
}

function requiredPlain(text: string, field: string): string {
  const plain = plainText(text);
  if (plain === '') throw new IntakeError('UNUSABLE', `the ${field} holds only markup, no text`, field);
  return plain;
}

function optionalPlain(text: string | undefined): string | undefined {
  return text === undefined ? undefined : plainText(text) || undefined;
}

function plainLink<T extends { headline: string }>(link: T): T {
  return { ...link, headline: plainText(link.headline) };
}

/** Every string in the story, however deep, made storable. */
function storableStrings<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => storableStrings(item)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, storableStrings(item)])) as T;
  return value;
}
