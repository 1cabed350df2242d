import { Credit, CreditRole } from '@news/contracts';
import { normalizeText } from '@news/text';
import { leadingLabelLength, longestLabelsFirst } from './leading-label';

// "🕔 تم النشر بتاريخ :" ("published on:"); the clock and the spaces around
// the colon vary between captures.
const PUBLISHED_ON = /تم\s+النشر\s+بتاريخ\s*[:：]?/u;
// The clock emoji (and any other pictograph) is decoration, not byline.
const PICTOGRAPHS = /[\p{Extended_Pictographic}\uFE0F]/gu;

const ROLE_LABELS: ReadonlyArray<{ label: string; role: CreditRole }> = longestLabelsFirst([
  { label: 'تحرير الترجمة', role: 'translation-editor' },
  { label: 'تحرير', role: 'editor' },
  { label: 'ترجمة', role: 'translator' },
  { label: 'إعداد', role: 'writer' },
  { label: 'كتابة', role: 'writer' },
  { label: 'بقلم', role: 'writer' },
  { label: 'مراسل', role: 'reporter' },
  { label: 'تقرير', role: 'reporter' },
]);

export interface CreditDateLine {
  /** The credit part as printed, e.g. "تحرير أمنة رياض | ترجمة محمد غيث". */
  byline?: string;
  credits: Credit[];
  /** Everything after "تم النشر بتاريخ :": date, time, category, tag. */
  afterPublishedOn: string;
}

export function isCreditDateLine(line: string): boolean {
  return PUBLISHED_ON.test(line);
}

export function readCreditDateLine(line: string): CreditDateLine {
  const marker = PUBLISHED_ON.exec(line);
  const creditText = marker ? line.slice(0, marker.index) : line;
  const afterPublishedOn = marker ? line.slice(marker.index + marker[0].length) : '';
  const byline = normalizeText(creditText.replace(PICTOGRAPHS, ''));
  return {
    byline: byline === '' ? undefined : byline,
    credits: readCredits(byline),
    afterPublishedOn: normalizeText(afterPublishedOn),
  };
}

/**
 * "تحرير أمنة رياض | ترجمة محمد غيث": one role and name per segment. A segment
 * whose role we do not know stays in the byline only.
 */
export function readCredits(byline: string): Credit[] {
  return byline
    .split('|')
    .map((segment) => readCredit(normalizeText(segment)))
    .filter((credit): credit is Credit => credit !== undefined);
}

function readCredit(segment: string): Credit | undefined {
  const words = segment.split(' ');
  for (const { label, role } of ROLE_LABELS) {
    const length = leadingLabelLength(words, label);
    if (length === 0) continue;
    // A role printed with no name credits nobody; it must not fall through to
    // a shorter label ("تحرير" with the name "الترجمة").
    const name = words.slice(length).join(' ');
    return name === '' ? undefined : { name, role };
  }
  return undefined;
}
