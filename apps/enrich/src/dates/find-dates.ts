import { DateTime } from 'luxon';
import { FoldedText, foldKey } from '../matching/fold';
import { Mention, mentionOf } from '../matching/paragraphs';

export interface FoundDate {
  phrase: string;
  /** "YYYY-MM-DD", "YYYY-MM" or ISO week "YYYY-Www". */
  value: string;
  precision: 'day' | 'month' | 'week';
  part?: 'early' | 'mid' | 'late';
  relative: boolean;
  mention: Mention;
}

// Patterns run over folded text (lower case, Arabic letters folded, one space between words).
// Folded text holds letters, digits and spaces only, so "no letter or digit
// before/after" is "no character but a space": a test on one code unit
// rather than a Unicode class (which made the patterns four times slower on Arabic).
const B = '(?<![^ ])';
const E = '(?![^ ])';

const WEEKDAY_WORDS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  الاثنين: 1,
  الثلاثاء: 2,
  الاربعاء: 3,
  الخميس: 4,
  الجمعه: 5,
  السبت: 6,
  الاحد: 7,
};

const MONTH_WORDS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  'كانون الثاني': 1,
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
  'تشرين الاول': 10,
  'تشرين الثاني': 11,
  'كانون الاول': 12,
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يوليو: 7,
  اغسطس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
};

const PART_WORDS_BY_NAME: Record<string, 'early' | 'mid' | 'late'> = {
  early: 'early',
  mid: 'mid',
  late: 'late',
  اوائل: 'early',
  مطلع: 'early',
  بدايه: 'early',
  منتصف: 'mid',
  اواسط: 'mid',
  اواخر: 'late',
  نهايه: 'late',
};
/** Every word keyed by its folded form ("أوائل" → "اوايل"), as the text is folded. */
const foldKeys = <T>(words: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(words).map(([w, v]) => [foldKey(w), v]));
const WEEKDAYS = foldKeys(WEEKDAY_WORDS);
const MONTHS = foldKeys(MONTH_WORDS);
const PARTS = foldKeys(PART_WORDS_BY_NAME);
const PART_WORDS = Object.keys(PARTS).join('|');

const alt = (words: string[]) => words.sort((a, b) => b.length - a.length).join('|');
const MONTH_ALT = alt(Object.keys(MONTHS));
const WEEKDAY_ALT = alt(Object.keys(WEEKDAYS));

const RULES: { re: RegExp; kind: 'weekday' | 'offset' | 'week' | 'month' | 'lastMonth' | 'dayMonth' }[] = [
  // "13 February 2018", "13 فبراير 2018"
  { re: new RegExp(`${B}(\\d{1,2}) (${MONTH_ALT})(?: ((?:19|20)\\d\\d))?${E}`, 'gu'), kind: 'dayMonth' },
  // "(in) late December 2017", "أواخر كانون الأول 2017", "in December", "منتصف شهر آذار"
  {
    re: new RegExp(
      `${B}(?:(?:in|since|during|by|until|في|منذ|خلال) )?(?:(${PART_WORDS}) )?(?:شهر )?(${MONTH_ALT})(?: (?:من )?(?:عام )?((?:19|20)\\d\\d))?${E}`,
      'gu',
    ),
    kind: 'month',
  },
  // "On Tuesday", "يوم الثلاثاء", "الثلاثاء"
  { re: new RegExp(`${B}(?:on |last |[وف]?يوم |ليله )?(${WEEKDAY_ALT})${E}`, 'gu'), kind: 'weekday' },
  { re: new RegExp(`${B}(yesterday|last night|today|امس|البارحه|اليوم)${E}`, 'gu'), kind: 'offset' },
  {
    re: new RegExp(`${B}(?:(last|past) ${foldKey('week')}|الاسبوع (?:الماضي|المنصرم|الفائت))${E}`, 'gu'),
    kind: 'week',
  },
  { re: new RegExp(`${B}(?:last month|الشهر (?:الماضي|المنصرم|الفائت))${E}`, 'gu'), kind: 'lastMonth' },
];

/**
 * Dates the text names, resolved against the publish date in the feed's
 * zone: a weekday is the latest such day on or before publication,
 * "yesterday" the day before, a month without a year the latest such month.
 */
export function findDates(
  text: string,
  folded: FoldedText,
  paragraphs: readonly number[],
  published: string,
  timeZone: string,
): FoundDate[] {
  let day: DateTime | undefined;
  const publishedDay = () => (day ??= publishedDayIn(published, timeZone));
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  for (const { re, kind } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(folded.text); m; m = re.exec(folded.text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([ts, te]) => s < te && ts < e)) continue;
      const pub = publishedDay();
      if (!pub.isValid) return [];
      const resolved = resolve(kind, m, pub);
      if (!resolved) continue;
      taken.push([s, e]);
      const start = folded.origin[s];
      const end = folded.origin[e - 1] + 1;
      const mention = mentionOf(text, paragraphs, start, end);
      found.push({ phrase: mention.text, ...resolved, mention });
    }
  }
  return found.sort((a, b) => a.mention.start - b.mention.start);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The publish day in the feed's zone, as a UTC calendar day for the
 * arithmetic: one cached Intl formatter per zone, not luxon's zone maths per
 * story (a fifth of enrich's time before).
 */
function publishedDayIn(published: string, timeZone: string): DateTime {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const instant = new Date(published);
  if (Number.isNaN(instant.getTime())) return DateTime.invalid('unreadable publish date');
  return DateTime.fromISO(formatter.format(instant), { zone: 'utc' });
}

function resolve(
  kind: (typeof RULES)[number]['kind'],
  m: RegExpExecArray,
  pub: DateTime,
): Omit<FoundDate, 'phrase' | 'mention'> | undefined {
  switch (kind) {
    case 'weekday': {
      const weekday = WEEKDAYS[m[1]];
      const back = (pub.weekday - weekday + 7) % 7;
      return { value: pub.minus({ days: back }).toISODate()!, precision: 'day', relative: true };
    }
    case 'offset': {
      const back = ['today', 'اليوم'].includes(m[1]) ? 0 : 1;
      return { value: pub.minus({ days: back }).toISODate()!, precision: 'day', relative: true };
    }
    case 'week': {
      const week = pub.minus({ weeks: 1 });
      return {
        value: `${week.weekYear}-W${String(week.weekNumber).padStart(2, '0')}`,
        precision: 'week',
        relative: true,
      };
    }
    case 'lastMonth':
      return { value: pub.minus({ months: 1 }).toFormat('yyyy-MM'), precision: 'month', relative: true };
    case 'month': {
      const [, partWord, monthName, yearText] = m;
      const month = MONTHS[monthName];
      // "may" and "march" are English words too: alone, without a part or a year, they are not dates.
      if ((monthName === 'may' || monthName === 'march') && !partWord && !yearText) return undefined;
      const year = yearText ? Number(yearText) : month <= pub.month ? pub.year : pub.year - 1;
      const value = `${year}-${String(month).padStart(2, '0')}`;
      return {
        value,
        precision: 'month',
        ...(partWord ? { part: PARTS[partWord] } : {}),
        relative: !yearText,
      };
    }
    case 'dayMonth': {
      const [, day, monthName, yearText] = m;
      const month = MONTHS[monthName];
      const year = yearText ? Number(yearText) : month <= pub.month ? pub.year : pub.year - 1;
      const date = DateTime.fromObject({ year, month, day: Number(day) });
      if (!date.isValid) return undefined;
      return { value: date.toISODate(), precision: 'day', relative: !yearText };
    }
  }
}
