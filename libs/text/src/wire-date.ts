import { DateTime, FixedOffsetZone, IANAZone, Zone } from 'luxon';
import { isValidTimeZone } from './time-zone';
import { WireDateError } from './wire-date-error';

/** The fields a wire date printed, before they are checked. */
interface PrintedDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC; undefined when the text gave no offset. */
  offset?: number;
}

// 2016-10-21T16:25:32-05:00 (a space for the T too, as RFC 3339 allows) and
// the basic form NITF prints in norm attributes, 20130709T103700-0400.
const ISO_EXTENDED =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(?:(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?:\d{2})?)?$/i;
// "Tue, 10 Jun 2003 04:00:00 GMT". Feeds get the weekday wrong often enough
// that it is skipped rather than checked; it adds nothing the date lacks.
// Names are letters of any script: feeds print them in their own language
// ("Seg, 24 Set 2018", "mié, 03 oct 2018", "Mär").
const RFC_822 =
  /^(?:\p{L}{2,12}\.?,?\s*)?(\d{1,2})\.?\s+(\p{L}{3,12})\.?,?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,5}))?$/iu;
// An ISO 8601 date opens the text: a feed that prints ISO in pubDate.
const ISO_START = /^\d{4}-?\d{2}-?\d{2}(?:[T ]|$)/i;

/**
 * Month names and abbreviations, without accents, in the languages feeds
 * print them in: English, Portuguese, Spanish, French, German, Italian.
 * None names two months, so any of them is read as the month it is.
 */
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['jan', 'january', 'janeiro', 'ene', 'enero', 'janv', 'janvier', 'januar', 'gen', 'gennaio'],
  ['feb', 'february', 'fev', 'fevereiro', 'febrero', 'fevr', 'fevrier', 'februar', 'febbraio'],
  ['mar', 'march', 'marco', 'marzo', 'mars', 'marz', 'mrz'],
  ['apr', 'april', 'abr', 'abril', 'avr', 'avril', 'aprile'],
  ['may', 'mai', 'maio', 'mayo', 'mag', 'maggio'],
  ['jun', 'june', 'junho', 'junio', 'juin', 'juni', 'giu', 'giugno'],
  ['jul', 'july', 'julho', 'julio', 'juil', 'juillet', 'juli', 'lug', 'luglio'],
  ['aug', 'august', 'ago', 'agosto', 'aout'],
  ['sep', 'sept', 'september', 'set', 'setembro', 'septiembre', 'setiembre', 'septembre', 'settembre'],
  ['oct', 'october', 'out', 'outubro', 'octubre', 'octobre', 'okt', 'oktober', 'ott', 'ottobre'],
  ['nov', 'november', 'novembro', 'noviembre', 'novembre'],
  ['dec', 'december', 'dez', 'dezembro', 'dic', 'diciembre', 'decembre', 'dezember', 'dicembre'],
];
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
);
// RFC 822's zone names, plus the few unambiguous ones Middle Eastern and
// European feeds print. Ambiguous ones (IST, AST) are refused, not guessed.
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
};

/**
 * ISO 8601 date-time → instant in UTC ("2016-10-21T21:25:32.000Z"). A time
 * with no offset is wall-clock time in `timeZone` (the feed's zone), as on
 * the pages; a date with no time of day is refused rather than read as midnight.
 */
export function parseIsoDateTime(text: string, timeZone: string): string {
  const printed = text.trim();
  const match = ISO_EXTENDED.exec(printed) ?? ISO_BASIC.exec(printed);
  if (!match) throw new WireDateError(`"${printed}" is not an ISO 8601 date and time`);
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const fields = { year: +year, month: +month, day: +day, hour: +hour, minute: +minute, second: +(second ?? 0) };
  return toInstant({ ...fields, millisecond: millisecondsOf(fraction), offset: isoOffset(offset) }, printed, timeZone);
}

/** RFC 822 / 2822 date-time, as RSS pubDate prints it → instant in UTC. */
export function parseRfc822DateTime(text: string, timeZone: string): string {
  const printed = text.trim();
  const match = RFC_822.exec(printed);
  if (!match) throw new WireDateError(`"${printed}" is not an RFC 822 date and time`);
  const [, day, monthName, year, hour, minute, second, zone] = match;
  const month = monthOf(monthName);
  if (month === undefined) throw new WireDateError(`unknown month name "${monthName}" in "${printed}"`);
  const fields = {
    year: fullYear(year),
    month,
    day: +day,
    hour: +hour,
    minute: +minute,
    second: +(second ?? 0),
    millisecond: 0,
  };
  return toInstant({ ...fields, offset: rfc822Offset(zone, printed) }, printed, timeZone);
}

/**
 * An RSS date as feeds really print it: RFC 822, in English or in the
 * feed's language, or ISO 8601 ("2018-09-18 14:38:10", with or without
 * an offset; without one it is the feed's wall-clock time in `timeZone`).
 */
export function parseFeedDateTime(text: string, timeZone: string): string {
  const printed = text.trim();
  return ISO_START.test(printed) ? parseIsoDateTime(printed, timeZone) : parseRfc822DateTime(printed, timeZone);
}

/**
 * Whether the text is in a notation these parsers read (`iso`: ISO 8601
 * date and time; `feed`: that or RFC 822), possible or not. A feed item
 * whose date is in none is undated as far as we can tell; one whose date
 * reads but is impossible (31 February) said something wrong.
 */
export function isDateTimeNotation(text: string, notation: 'iso' | 'feed'): boolean {
  const printed = text.trim();
  if (ISO_EXTENDED.test(printed) || ISO_BASIC.test(printed)) return true;
  if (notation === 'iso' || ISO_START.test(printed)) return false;
  const match = RFC_822.exec(printed);
  return match !== null && monthOf(match[2]) !== undefined;
}

/** "Set", "März", "févr.", "Sept" → the month's number; a name not listed is read by its first three letters. */
function monthOf(name: string): number | undefined {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return MONTH_BY_NAME.get(plain) ?? MONTH_BY_NAME.get(plain.slice(0, 3));
}

function millisecondsOf(fraction: string | undefined): number {
  return fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
}

function isoOffset(offset: string | undefined): number | undefined {
  if (offset === undefined) return undefined;
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return offset.startsWith('-') ? -minutes : minutes;
}

// RFC 2822 §4.3: two-digit years 00–49 are 2000–2049, 50–99 are 1950–1999.
function fullYear(year: string): number {
  if (year.length === 4) return Number(year);
  return Number(year) < 50 ? 2000 + Number(year) : 1900 + Number(year);
}

function rfc822Offset(zone: string | undefined, printed: string): number | undefined {
  if (zone === undefined) return undefined;
  if (/^[+-]\d{4}$/.test(zone)) return isoOffset(zone);
  const offset = ZONE_OFFSETS[zone.toUpperCase()];
  if (offset === undefined) throw new WireDateError(`unknown time zone "${zone}" in "${printed}"`);
  return offset;
}

function toInstant(fields: PrintedDateTime, printed: string, timeZone: string): string {
  assertInRange(fields, printed);
  const zone = zoneFor(fields.offset, timeZone);
  const { offset, ...wallClock } = fields;
  const local = DateTime.fromObject(wallClock, { zone });
  // Luxon moves a wall-clock time that falls in a spring-forward gap; a feed
  // cannot have printed one honestly, so say so instead of shifting it.
  if (offset === undefined && (local.hour !== fields.hour || local.minute !== fields.minute)) {
    throw new WireDateError(`"${printed}" does not exist in ${timeZone} (clocks moved forward)`);
  }
  const iso = local.toUTC().toISO();
  if (!local.isValid || iso === null)
    throw new WireDateError(`"${printed}" is not a possible date: ${local.invalidExplanation ?? 'unknown reason'}`);
  return iso;
}

function zoneFor(offset: number | undefined, timeZone: string): Zone {
  if (offset !== undefined) return FixedOffsetZone.instance(offset);
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone "${timeZone}"`);
  return IANAZone.create(timeZone);
}

function assertInRange({ year, month, day, hour, minute, second, offset }: PrintedDateTime, printed: string): void {
  if (month < 1 || month > 12) throw new WireDateError(`impossible date "${printed}": there is no month ${month}`);
  const monthStart = DateTime.fromObject({ year, month }, { zone: 'UTC', locale: 'en' });
  const daysInMonth = monthStart.daysInMonth ?? 0;
  if (day < 1 || day > daysInMonth) {
    throw new WireDateError(
      `impossible date "${printed}": ${monthStart.toFormat('LLLL yyyy')} has ${daysInMonth} days, not day ${day}`,
    );
  }
  if (hour > 23) throw new WireDateError(`impossible time "${printed}": hour ${hour} is out of range`);
  if (minute > 59) throw new WireDateError(`impossible time "${printed}": minute ${minute} is out of range`);
  if (second > 59) throw new WireDateError(`impossible time "${printed}": second ${second} is out of range`);
  if (offset !== undefined && Math.abs(offset) > 18 * 60) throw new WireDateError(`impossible offset in "${printed}"`);
}
