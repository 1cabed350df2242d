import { Credit } from '@news/contracts';
import { ArabicDateError, detectLanguage, isValidTimeZone, normalizeText, readArabicDateTime } from '@news/text';
import { IntakeError } from '../intake-error';
import { ParsedArticle } from '../parsed-article';
import { readCategoryAndTags } from './categories';
import { isCreditDateLine, readCreditDateLine } from './credit-line';
import { readDateline } from './dateline';
import { splitFurniture } from './page-furniture';

export interface PageCaptureOptions {
  /** IANA zone the site prints its times in, e.g. "Asia/Damascus" for SMART. */
  timeZone: string;
}

interface PageLine {
  text: string;
  /** 1-based line number in the capture, for error pointers. */
  number: number;
}

/**
 * A plain-text capture of a SMART news page: headline, the Arabic credit and
 * date line, an optional dateline, the body paragraphs, then page furniture
 * (related news, the credit line again, previous/next story). Each non-empty
 * line is one block of the page, so each body line is one paragraph.
 */
export function parsePageCapture(text: string, options: PageCaptureOptions): ParsedArticle {
  // A bad zone is our configuration, not the document's fault: no IntakeError.
  if (!isValidTimeZone(options.timeZone)) throw new RangeError(`unknown time zone "${options.timeZone}"`);
  const lines = pageLines(text);
  const creditIndex = findCreditDateLine(lines);
  const headline = lines[0].text;
  const creditLine = readCreditDateLine(lines[creditIndex].text);
  const publishedAt = readPublishedAt(creditLine.afterPublishedOn, options.timeZone);
  const { category, tags } = readCategoryAndTags(publishedAt.rest);
  const { dateline, body } = readDateline(lines.slice(creditIndex + 1).map((line) => line.text));
  const { paragraphs, links } = splitFurniture(body);
  if (paragraphs.length === 0)
    throw new IntakeError('UNUSABLE', 'no body paragraphs after the credit line', 'paragraphs');
  const language = detectLanguage([headline, ...paragraphs].join('\n')).language;
  const { credits, byline } = creditLine;
  return {
    headline,
    paragraphs,
    credits,
    byline,
    publishedAt: publishedAt.instant,
    category,
    tags,
    dateline,
    language,
    translatedFrom: isTranslation(credits) && language !== 'ar' ? 'ar' : undefined,
    links,
  };
}

function pageLines(text: string): PageLine[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ text: normalizeText(line), number: i + 1 }))
    .filter((line) => line.text !== '');
}

/** Index of the credit and date line, which must have the headline above it. */
function findCreditDateLine(lines: readonly PageLine[]): number {
  const index = lines.findIndex((line) => isCreditDateLine(line.text));
  if (index < 0) {
    const expectedAt = lines.length > 0 ? `line ${lines[0].number + 1}` : 'line 1';
    throw new IntakeError(
      'MALFORMED',
      'no credit and date line: expected "تحرير … 🕔 تم النشر بتاريخ : <date>" under the headline',
      expectedAt,
    );
  }
  if (index === 0) throw new IntakeError('UNUSABLE', 'no headline above the credit and date line', 'headline');
  return index;
}

function readPublishedAt(afterPublishedOn: string, timeZone: string): { instant: string; rest: string } {
  try {
    return readArabicDateTime(afterPublishedOn, timeZone);
  } catch (error) {
    if (!(error instanceof ArabicDateError)) throw error;
    throw new IntakeError('UNUSABLE', `publish date unusable: ${error.message}`, 'publishedAt');
  }
}

// A translation editor implies a translation as surely as a translator does.
function isTranslation(credits: readonly Credit[]): boolean {
  return credits.some((credit) => credit.role === 'translator' || credit.role === 'translation-editor');
}
