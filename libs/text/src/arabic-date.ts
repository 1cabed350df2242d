import { DateTime, IANAZone } from 'luxon';
import { ArabicDateError } from './arabic-date-error';
import { arabicMonthNumber } from './arabic-months';
import { toWesternDigits } from './digits';
import { normalizeText } from './normalize';
import { isValidTimeZone } from './time-zone';

/** What `readArabicDateTime` found at the start of a text. */
export interface ArabicDateTimeReading {
  /** ISO 8601 instant in UTC, e.g. "2018-02-13T09:56:59.000Z". */
  instant: string;
  /** The text after the date and time, as printed (whitespace normalised). */
  rest: string;
}

// "13 فبراير، 2018": the month may be two words ("تشرين الأول") and the comma
// Arabic, ASCII or absent. Matched after digits are made Western.
const DATE = /^(\d{1,2})\s+([^\d]+?)\s*[،,]?\s*(\d{4})(?!\d)/u;
// "11:56:59 ص": seconds optional; ص (morning) / م (evening) only as a word of
// their own, so a following tag such as "مدينة" is not read as a marker.
const TIME = /^\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([صم])(?!\p{L}))?/u;

interface Clock {
  hour: number;
  minute: number;
  second: number;
}

/** Parses a text that is an Arabic date and time and nothing else. */
export function parseArabicDateTime(text: string, timeZone: string): string {
  const { instant, rest } = readArabicDateTime(text, timeZone);
  if (rest !== '') throw new ArabicDateError(`unexpected text after the date: "${rest}"`);
  return instant;
}

/**
 * Reads an Arabic date and time at the start of `text` as wall-clock time in
 * the IANA `timeZone`, and returns the instant with whatever followed it (on
 * SMART pages, the category and tag).
 */
export function readArabicDateTime(text: string, timeZone: string): ArabicDateTimeReading {
  if (!isValidTimeZone(timeZone)) throw new ArabicDateError(`unknown time zone "${timeZone}"`);
  const printed = normalizeText(text);
  // toWesternDigits maps one character to one, so offsets hold for `printed`.
  const western = toWesternDigits(printed);
  const date = DATE.exec(western);
  if (!date) throw new ArabicDateError(`nothing that looks like a date in "${printed}"`);
  const datePrinted = printed.slice(0, date[0].length);
  const time = TIME.exec(western.slice(date[0].length));
  if (!time) throw new ArabicDateError(`no time of day after "${datePrinted}"`);
  const day = readDay(date, datePrinted);
  const clock = readClock(time);
  const instant = toInstant(day, clock, timeZone);
  return { instant, rest: printed.slice(date[0].length + time[0].length).trim() };
}

interface CalendarDay {
  year: number;
  month: number;
  day: number;
  printed: string;
}

function readDay([, day, monthName, year]: RegExpExecArray, printed: string): CalendarDay {
  const month = arabicMonthNumber(monthName);
  if (month === undefined) throw new ArabicDateError(`unknown month name "${monthName}"`);
  const calendarDay = { year: Number(year), month, day: Number(day), printed };
  assertDayExists(calendarDay);
  return calendarDay;
}

function assertDayExists({ year, month, day, printed }: CalendarDay): void {
  const monthStart = DateTime.fromObject({ year, month }, { zone: 'UTC', locale: 'en' });
  const daysInMonth = monthStart.daysInMonth ?? 0;
  if (day >= 1 && day <= daysInMonth) return;
  const monthLabel = monthStart.toFormat('LLLL yyyy');
  throw new ArabicDateError(`impossible date "${printed}": ${monthLabel} has ${daysInMonth} days, not day ${day}`);
}

function readClock([, hour, minute, second, marker]: RegExpExecArray): Clock {
  const clock = { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) };
  if (clock.minute > 59) throw new ArabicDateError(`minute ${clock.minute} is out of range`);
  if (clock.second > 59) throw new ArabicDateError(`second ${clock.second} is out of range`);
  return marker === undefined ? assert24Hour(clock) : from12Hour(clock, marker);
}

function assert24Hour(clock: Clock): Clock {
  if (clock.hour > 23) throw new ArabicDateError(`hour ${clock.hour} is out of range`);
  return clock;
}

/** ص is before noon, م after: 12 ص is midnight, 12 م is noon. */
function from12Hour(clock: Clock, marker: string): Clock {
  if (clock.hour < 1 || clock.hour > 12) {
    throw new ArabicDateError(`hour ${clock.hour} with the "${marker}" marker: a 12-hour clock runs from 1 to 12`);
  }
  const hourOfHalfDay = clock.hour % 12;
  return { ...clock, hour: marker === 'م' ? hourOfHalfDay + 12 : hourOfHalfDay };
}

function toInstant(day: CalendarDay, clock: Clock, timeZone: string): string {
  const { year, month, day: dayOfMonth } = day;
  const local = DateTime.fromObject({ year, month, day: dayOfMonth, ...clock }, { zone: IANAZone.create(timeZone) });
  // Luxon moves a wall-clock time that falls in a spring-forward gap; a page
  // cannot have printed one honestly, so say so instead of shifting it.
  if (local.hour !== clock.hour || local.minute !== clock.minute) {
    const wallClock = `${pad(clock.hour)}:${pad(clock.minute)}`;
    throw new ArabicDateError(`"${day.printed}" ${wallClock} does not exist in ${timeZone} (clocks moved forward)`);
  }
  return local.toUTC().toISO() ?? unreachable(local);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function unreachable(local: DateTime): never {
  throw new ArabicDateError(`cannot form a date: ${local.invalidExplanation ?? 'unknown reason'}`);
}
