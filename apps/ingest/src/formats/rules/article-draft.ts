import { Credit } from '@news/contracts';
import { normalizeText, reconcileLanguage } from '@news/text';
import { BodySource, StoryBody, readStoryBody } from '../body/story-body';
import { IntakeError } from '../intake-error';
import { ParseOptions } from '../parse-options';
import { readCredits } from '../page-capture/credit-line';
import { ParsedArticle } from '../parsed-article';
import { DraftDate } from './draft-date';
import { UndatedItem, storyDate } from './story-date';

/**
 * What a format parser found, as the format printed it, with the field to
 * blame for each required part. `finishArticle` applies the rules every
 * format shares, so HTTP and Kafka intake, and all formats, agree on them.
 */
export interface ArticleDraft {
  guid?: string;
  headline: { value?: string; pointer: string };
  body: BodySource & { pointer: string };
  /**
   * What stands in for a missing body and makes the story a brief: an RSS
   * item's linked title, a ninjs item's description.
   */
  standIn?: BodySource;
  /** The format knows the item is a brief though it has a body: an RSS item with a description and no title. */
  brief?: boolean;
  published: DraftDate;
  /** Feed items only: how an item without a date is dated (other formats refuse it). */
  undated?: UndatedItem;
  credits?: Credit[];
  byline?: string;
  category?: { code: string; label: string };
  tags?: string[];
  datelinePlace?: string;
  declaredLanguage?: string;
  /** A translation's source language and its original, where the format says so. */
  translatedFrom?: string;
  originalGuid?: string;
}

/** Checks and normalises a draft: headline, body and date are required, in that order. */
export function finishArticle(draft: ArticleDraft, options: ParseOptions): ParsedArticle {
  const headline = normalizeText(draft.headline.value ?? '');
  if (headline === '')
    throw new IntakeError('UNUSABLE', `the item has no headline (${draft.headline.pointer})`, draft.headline.pointer);
  const { paragraphs, html, brief } = bodyOrStandIn(draft);
  const { publishedAt, dateSource } = storyDate(draft.published, draft.undated, options);
  const verdict = reconcileLanguage(draft.declaredLanguage, [headline, ...paragraphs].join('\n'));
  const place = normalizeText(draft.datelinePlace ?? '');
  const category = draft.category && { code: draft.category.code, label: normalizeText(draft.category.label) };
  return {
    guid: optionalText(draft.guid),
    headline,
    paragraphs,
    ...(html === undefined ? {} : { html }),
    credits: uniqueCredits(creditsOf(draft)),
    byline: optionalText(draft.byline),
    publishedAt,
    category,
    // The category is a subject too; it is not repeated as a tag.
    tags: uniqueTexts(draft.tags ?? []).filter((tag) => tag !== category?.label),
    dateline: place === '' ? undefined : { place, text: place },
    language: verdict.language,
    declaredLanguage: verdict.declared,
    ...(draft.translatedFrom ? { translatedFrom: draft.translatedFrom } : {}),
    ...(draft.originalGuid ? { originalGuid: draft.originalGuid } : {}),
    links: { related: [] },
    intakeNotes: { dateSource, ...(brief || draft.brief ? { brief: true } : {}) },
  };
}

/** The body; failing it, the stand-in the format offers (the story is then a brief); failing both, UNUSABLE. */
function bodyOrStandIn(draft: ArticleDraft): StoryBody & { brief: boolean } {
  const body = readStoryBody(draft.body);
  if (body.paragraphs.length > 0) return { ...body, brief: false };
  const standIn = draft.standIn && readStoryBody(draft.standIn);
  if (standIn && standIn.paragraphs.length > 0) return { ...standIn, brief: true };
  throw new IntakeError('UNUSABLE', `the item has no body text (${draft.body.pointer})`, draft.body.pointer);
}

/**
 * The format's own credits; failing those, the roles an Arabic byline
 * labels ("تحرير أمنة رياض | ترجمة محمد غيث"), read as on SMART's pages.
 * "By Jane Doe" names no role and credits nobody.
 */
function creditsOf(draft: ArticleDraft): Credit[] {
  if (draft.credits && draft.credits.length > 0) return draft.credits;
  return draft.byline ? readCredits(normalizeText(draft.byline)) : [];
}

function optionalText(value: string | undefined): string | undefined {
  const text = normalizeText(value ?? '');
  return text === '' ? undefined : text;
}

function uniqueTexts(values: readonly string[]): string[] {
  return [...new Set(values.map(normalizeText).filter((value) => value !== ''))];
}

/** Names normalised; a person credited twice in one role (creator and by, say) counts once. */
function uniqueCredits(credits: readonly Credit[]): Credit[] {
  const byKey = new Map<string, Credit>();
  for (const { name, role } of credits) {
    const credit = { name: normalizeText(name), role };
    const key = `${role}\u0000${credit.name}`;
    if (credit.name !== '' && !byKey.has(key)) byKey.set(key, credit);
  }
  return [...byKey.values()];
}
