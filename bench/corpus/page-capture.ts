import { AGENCY, PLACES } from './vocabulary';
import { CorpusLanguage } from './article-text';

/** One article as the SMART site shows it; rendered to a page capture. */
export interface PageCaptureSpec {
  language: CorpusLanguage;
  headline: string;
  /** "تحرير أمنة رياض | ترجمة محمد غيث | تحرير الترجمة فرح ناصيف" */
  byline: string;
  /** "13 فبراير، 2018 11:56:59 ص" */
  publishedOn: string;
  categoryLabel: string;
  tag: string;
  /** Index into PLACES. */
  datelinePlace: number;
  /** "own-line" as the reference fixture; "inline" as "درعا (سمارت) - ...". */
  datelineStyle: 'own-line' | 'inline';
  paragraphs: string[];
  related: string[];
  previous: string;
  next: string;
}

/** The text ingest's page-capture parser reads: one block of the page per line. */
export function renderPageCapture(spec: PageCaptureSpec): string {
  const creditLine = `${spec.byline} 🕔 تم النشر بتاريخ : ${spec.publishedOn} ${spec.categoryLabel} ${spec.tag}`.trim();
  const blocks = [spec.headline, creditLine, ...datelineAndBody(spec), 'الاخبار المتعلقة', ...spec.related, creditLine];
  return [...blocks, 'الخبر السابق', spec.previous, 'الخبر التالي', spec.next]
    .join('\n\n')
    .replace(/\n\nالخبر (السابق|التالي)\n\n/g, '\nالخبر $1\n');
}

function datelineAndBody(spec: PageCaptureSpec): string[] {
  const place = PLACES[spec.datelinePlace][spec.language];
  const agency = AGENCY[spec.language];
  if (spec.datelineStyle === 'inline') {
    const [first, ...rest] = spec.paragraphs;
    return [`${place} (${agency}) - ${first}`, ...rest];
  }
  const comma = spec.language === 'ar' ? '،' : ',';
  return [`${place}${comma} ${agency}`, ...spec.paragraphs];
}
