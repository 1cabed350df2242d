// The month names SMART prints; the parser reads these and the Levantine ones.
const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0–23 */
  hour: number;
  minute: number;
  second: number;
}

/** "13 فبراير، 2018 11:56:59 ص": a wall-clock time as the page capture prints it. */
export function formatArabicDateTime(clock: WallClock): string {
  const hour12 = clock.hour % 12 === 0 ? 12 : clock.hour % 12;
  const marker = clock.hour < 12 ? 'ص' : 'م';
  const time = `${hour12}:${pad(clock.minute)}:${pad(clock.second)}`;
  return `${clock.day} ${MONTHS[clock.month - 1]}، ${clock.year} ${time} ${marker}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
