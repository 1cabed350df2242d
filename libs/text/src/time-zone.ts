import { IANAZone } from 'luxon';

/**
 * True for an IANA zone name such as "Asia/Damascus" or "UTC". Fixed offsets
 * ("+02:00") are refused on purpose: Syria moved its clocks until 2022, so an
 * offset would be right for half the year at best.
 */
export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}
