import { IANAZone } from 'luxon';

/** Zone names seen before: a feed has one zone, and luxon's check builds an Intl formatter each time. */
const known = new Map<string, boolean>();

/**
 * True for an IANA zone name such as "Asia/Damascus" or "UTC". Fixed offsets
 * ("+02:00") are refused on purpose: Syria moved its clocks until 2022, so an
 * offset would be right for half the year at best.
 */
export function isValidTimeZone(zone: string): boolean {
  let valid = known.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (known.size < 1000) known.set(zone, valid);
  }
  return valid;
}
