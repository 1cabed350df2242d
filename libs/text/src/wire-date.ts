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
const RFC_822 =
  /^(?:[a-z]{3,9}\.?,?\s*)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,5}))?$/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
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
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) throw new WireDateError(`unknown month name "${monthName}" in "${printed}"`);
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
