import { DateTime } from 'luxon';
import { ARABIC_MONTH_NAMES } from './arabic-months';
import { isValidTimeZone } from './time-zone';

/**
 * An instant as SMART prints it under a headline, in the agency's zone:
 * "13 فبراير، 2018 11:56:59 ص" (ص before noon, م from noon). Western digits
 * and the Egyptian/Gulf month names, as on the reference page, so
 * `parseArabicDateTime` reads it back to the same instant.
 */
export function formatArabicDateTime(instant: string | Date, timeZone: string): string {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone "${timeZone}"`);
  const at = (instant instanceof Date ? DateTime.fromJSDate(instant) : DateTime.fromISO(instant)).setZone(timeZone);
  if (!at.isValid) throw new RangeError(`not an instant: "${String(instant)}"`);
  const hour12 = at.hour % 12 === 0 ? 12 : at.hour % 12;
  const period = at.hour < 12 ? 'ص' : 'م';
  const clock = `${hour12}:${pad(at.minute)}:${pad(at.second)} ${period}`;
  return `${at.day} ${ARABIC_MONTH_NAMES[at.month - 1][0]}، ${at.year} ${clock}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
