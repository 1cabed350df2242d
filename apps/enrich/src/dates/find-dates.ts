import { DateTime } from 'luxon';
import { FoldedWords, WordSieve } from '../counts/folded-words';
import { FoldedText, foldKey } from '../matching/fold';
import { Mention, mentionOf } from '../matching/paragraphs';
import { BoundedMemo } from '../matching/bounded-memo';

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

type RuleKind = 'weekday' | 'offset' | 'week' | 'month' | 'lastMonth' | 'dayMonth';

/**
 * A date pattern and the words that anchor it: every match holds one of
 * `keywords` as a whole word, at most `wordsBefore` words after the match's
 * start. The pattern is tried only there, not at every offset of the story.
 */
interface Rule {
  /** Sticky: tried at one word start at a time. */
  re: RegExp;
  kind: RuleKind;
  keywords: readonly string[];
  wordsBefore: number;
}

const OFFSET_WORDS = ['yesterday', 'last night', 'today', 'امس', 'البارحه', 'اليوم'];

const RULES: Rule[] = [
  // "13 February 2018", "13 فبراير 2018"
  {
    re: new RegExp(`${B}(\\d{1,2}) (${MONTH_ALT})(?: ((?:19|20)\\d\\d))?${E}`, 'uy'),
    kind: 'dayMonth',
    keywords: Object.keys(MONTHS),
    wordsBefore: 1,
  },
  // "(in) late December 2017", "أواخر كانون الأول 2017", "in December", "منتصف شهر آذار"
  {
    re: new RegExp(
      `${B}(?:(?:in|since|during|by|until|في|منذ|خلال) )?(?:(${PART_WORDS}) )?(?:شهر )?(${MONTH_ALT})(?: (?:من )?(?:عام )?((?:19|20)\\d\\d))?${E}`,
      'uy',
    ),
    kind: 'month',
    keywords: Object.keys(MONTHS),
    wordsBefore: 3,
  },
  // "On Tuesday", "يوم الثلاثاء", "الثلاثاء"
  {
    re: new RegExp(`${B}(?:on |last |[وف]?يوم |ليله )?(${WEEKDAY_ALT})${E}`, 'uy'),
    kind: 'weekday',
    keywords: Object.keys(WEEKDAYS),
    wordsBefore: 1,
  },
  {
    re: new RegExp(`${B}(${OFFSET_WORDS.join('|')})${E}`, 'uy'),
    kind: 'offset',
    keywords: OFFSET_WORDS,
    wordsBefore: 0,
  },
  {
    re: new RegExp(`${B}(?:(last|past) ${foldKey('week')}|الاسبوع (?:الماضي|المنصرم|الفائت))${E}`, 'uy'),
    kind: 'week',
    keywords: ['last', 'past', 'الاسبوع'],
    wordsBefore: 0,
  },
  {
    re: new RegExp(`${B}(?:last month|الشهر (?:الماضي|المنصرم|الفائت))${E}`, 'uy'),
    kind: 'lastMonth',
    keywords: ['last', 'الشهر'],
    wordsBefore: 0,
  },
];

/** The first word of each keyword → the rules it anchors. */
const RULES_BY_ANCHOR = new Map<string, number[]>();
RULES.forEach((rule, index) => {
  for (const keyword of rule.keywords) {
    const word = keyword.split(' ')[0];
    const rules = RULES_BY_ANCHOR.get(word) ?? [];
    if (!rules.includes(index)) rules.push(index);
    RULES_BY_ANCHOR.set(word, rules);
  }
});
// The anchor words, looked for among the story's folded words: a sieve by
// first two code units and length turns nearly every word away, where a
// regex for " (word|word|...)" tried its sixty words at every space (~14 µs a story).
const ANCHOR_SIEVE = new WordSieve(RULES_BY_ANCHOR.keys());

/**
 * For each rule, the word starts of its anchor words, in text order; 0 heads
 * every list (a story may open on one, and the first word is not counted
 * again: an anchor was a word after a space).
 */
function anchorsByRule(words: FoldedWords): number[][] {
  const anchors = RULES.map(() => [0]);
  for (let i = 1; i < words.length; i++) {
    if (!words.mayBe(i, ANCHOR_SIEVE)) continue;
    const rules = RULES_BY_ANCHOR.get(words.at(i)!);
    if (rules) for (const rule of rules) anchors[rule].push(words.start(i));
  }
  return anchors;
}

/**
 * What a global `exec` loop of the rule's pattern would find, trying it only
 * at the word starts up to `wordsBefore` words before each anchor. A match
 * holds its anchor word, so no match is missed; tries run in text order from
 * where the last match ended, as a global search does.
 */
function ruleMatches(text: string, { re, wordsBefore }: Rule, anchors: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  // Offsets before `from` are settled: tried, inside a match, or no place a match can start.
  let from = 0;
  for (const at of anchors) {
    if (at < from) continue;
    let p = at;
    for (let w = 0; w < wordsBefore && p > from; w++) p = previousWordStart(text, p);
    // every match starts on a word (the rules' look-behind), so only word starts are tried
    for (p = Math.max(p, from); p <= at;) {
      re.lastIndex = p;
      const match = re.exec(text);
      if (match) {
        matches.push(match);
        from = p + match[0].length;
      }
      p = nextWordStart(text, match ? from : p);
    }
    from = Math.max(from, at + 1);
  }
  return matches;
}

/** Folded text has one space between words: the start of the word before the one at `start`. */
function previousWordStart(text: string, start: number): number {
  const space = text.lastIndexOf(' ', start - 2);
  return space + 1;
}

function nextWordStart(text: string, p: number): number {
  const space = text.indexOf(' ', p);
  return space < 0 ? text.length + 1 : space + 1;
}

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
  words = new FoldedWords(folded),
): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  const anchors = anchorsByRule(words);
  // looked up at the first date phrase, once: its key is a fresh string to hash, ~0.35 µs a phrase
  let day: PublishDay | undefined;
  for (let r = 0; r < RULES.length; r++) {
    for (const m of ruleMatches(folded.text, RULES[r], anchors[r])) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([ts, te]) => s < te && ts < e)) continue;
      day ??= publishDay(published, timeZone);
      if (!day.date.isValid) return [];
      const resolved = day.resolve(RULES[r].kind, m);
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

type Resolved = Omit<FoundDate, 'phrase' | 'mention'>;

/**
 * A publish day and what its stories' date phrases resolved to: most of a
 * day's stories say "on Tuesday" or "yesterday", and luxon's date arithmetic
 * cost more than finding the phrase.
 */
class PublishDay {
  private readonly resolved = new Map<string, Resolved | undefined>();

  constructor(readonly date: DateTime) {}

  resolve(kind: RuleKind, m: RegExpExecArray): Resolved | undefined {
    // what a resolution reads of the match: its kind and its groups
    const key = `${kind}|${m[1]}|${m[2]}|${m[3]}`;
    if (this.resolved.has(key)) return this.resolved.get(key);
    const resolved = resolve(kind, m, this.date);
    this.resolved.set(key, resolved);
    return resolved;
  }
}

// Bounded: a long-running consumer sees a new publish time with every story.
const publishDaysByTime = new BoundedMemo<string, PublishDay>(1000);
const publishDaysByDay = new BoundedMemo<string, PublishDay>(1000);
const UNREADABLE = new PublishDay(DateTime.invalid('unreadable publish date'));

function publishDay(published: string, timeZone: string): PublishDay {
  const key = `${timeZone} ${published}`;
  let day = publishDaysByTime.get(key);
  if (!day) {
    const calendarDay = calendarDayIn(published, timeZone);
    day = calendarDay === undefined ? UNREADABLE : publishDaysByDay.get(calendarDay);
    if (!day) {
      day = new PublishDay(DateTime.fromISO(calendarDay!, { zone: 'utc' }));
      publishDaysByDay.set(calendarDay!, day);
    }
    publishDaysByTime.set(key, day);
  }
  return day;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The publish day in the feed's zone ("2018-02-13"), undefined when the
 * publish date is unreadable: one cached Intl formatter per zone, not
 * luxon's zone maths per story (a fifth of enrich's time before).
 */
function calendarDayIn(published: string, timeZone: string): string | undefined {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const instant = new Date(published);
  if (Number.isNaN(instant.getTime())) return undefined;
  return formatter.format(instant);
}

function resolve(kind: RuleKind, m: RegExpExecArray, pub: DateTime): Resolved | undefined {
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
