import { ArabicDateError } from './arabic-date-error';
import { parseArabicDateTime, readArabicDateTime } from './arabic-date';
import { isValidTimeZone } from './time-zone';

const DAMASCUS = 'Asia/Damascus';

function errorOf(run: () => unknown): ArabicDateError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArabicDateError) return error;
    throw error;
  }
  throw new Error('expected an ArabicDateError');
}

describe('parseArabicDateTime', () => {
  it('reads the reference date as Damascus time, two hours ahead of UTC in February 2018', () => {
    expect(parseArabicDateTime('13 فبراير، 2018 11:56:59 ص', DAMASCUS)).toBe('2018-02-13T09:56:59.000Z');
  });

  it('uses the zone rules of the day, not a fixed offset (Damascus summer time was UTC+3)', () => {
    expect(parseArabicDateTime('13 يوليو، 2018 11:56:59 ص', DAMASCUS)).toBe('2018-07-13T08:56:59.000Z');
  });

  it('reads Arabic-Indic digits, a Levantine month and an afternoon time', () => {
    expect(parseArabicDateTime('٣ آذار، ٢٠١٩ ٠٤:٠٥:٠٠ م', DAMASCUS)).toBe('2019-03-03T14:05:00.000Z');
  });

  it('reads Extended (Persian) digits too', () => {
    expect(parseArabicDateTime('۳ آذار ۲۰۱۹ ۰۴:۰۵ م', DAMASCUS)).toBe('2019-03-03T14:05:00.000Z');
  });

  it('reads two-word Levantine months', () => {
    expect(parseArabicDateTime('1 كانون الثاني 2019 09:00', 'UTC')).toBe('2019-01-01T09:00:00.000Z');
    expect(parseArabicDateTime('1 تشرين الأول 2019 09:00', 'UTC')).toBe('2019-10-01T09:00:00.000Z');
    expect(parseArabicDateTime('25 كانون الأول 2019 09:00', 'UTC')).toBe('2019-12-25T09:00:00.000Z');
  });

  it('accepts an ASCII comma or none after the month', () => {
    expect(parseArabicDateTime('5 مايو, 2020 10:00 ص', 'UTC')).toBe('2020-05-05T10:00:00.000Z');
    expect(parseArabicDateTime('5 مايو 2020 10:00 ص', 'UTC')).toBe('2020-05-05T10:00:00.000Z');
  });

  it('accepts spelling variants of a month name', () => {
    expect(parseArabicDateTime('2 ابريل 2020 10:00', 'UTC')).toBe('2020-04-02T10:00:00.000Z');
    expect(parseArabicDateTime('2 يونيه 2020 10:00', 'UTC')).toBe('2020-06-02T10:00:00.000Z');
    expect(parseArabicDateTime('2 اكتوبر 2020 10:00', 'UTC')).toBe('2020-10-02T10:00:00.000Z');
  });

  it('reads 12 ص as midnight and 12 م as noon', () => {
    expect(parseArabicDateTime('1 يناير 2020 12:30 ص', 'UTC')).toBe('2020-01-01T00:30:00.000Z');
    expect(parseArabicDateTime('1 يناير 2020 12:30 م', 'UTC')).toBe('2020-01-01T12:30:00.000Z');
  });

  it('reads a 24-hour time with no marker, seconds optional', () => {
    expect(parseArabicDateTime('1 يناير 2020 18:45', 'UTC')).toBe('2020-01-01T18:45:00.000Z');
    expect(parseArabicDateTime('1 يناير 2020 00:00:07', 'UTC')).toBe('2020-01-01T00:00:07.000Z');
  });

  it('names an unknown month', () => {
    const error = errorOf(() => parseArabicDateTime('13 فبرايرر، 2018 11:56:59 ص', DAMASCUS));
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toBe('unknown month name "فبرايرر"');
  });

  it('refuses hour 13 with a 12-hour marker', () => {
    expect(() => parseArabicDateTime('13 فبراير، 2018 13:00 م', DAMASCUS)).toThrow(/hour 13 with the "م" marker/);
  });

  it('refuses day 31 in February as an impossible date', () => {
    const error = errorOf(() => parseArabicDateTime('31 فبراير، 2018 11:56:59 ص', DAMASCUS));
    expect(error.message).toBe('impossible date "31 فبراير، 2018": February 2018 has 28 days, not day 31');
  });

  it('refuses an hour or minute out of range', () => {
    expect(() => parseArabicDateTime('1 يناير 2020 24:00', 'UTC')).toThrow('hour 24 is out of range');
    expect(() => parseArabicDateTime('1 يناير 2020 10:60', 'UTC')).toThrow('minute 60 is out of range');
  });

  it('refuses a wall-clock time skipped when Damascus moved its clocks forward', () => {
    expect(() => parseArabicDateTime('30 آذار 2018 00:30', DAMASCUS)).toThrow(/does not exist in Asia\/Damascus/);
  });

  it('refuses an unknown time zone', () => {
    expect(() => parseArabicDateTime('13 فبراير، 2018 11:56:59 ص', 'Asia/Atlantis')).toThrow(
      new ArabicDateError('unknown time zone "Asia/Atlantis"'),
    );
  });

  it('refuses text with nothing that looks like a date', () => {
    expect(() => parseArabicDateTime('خبر عسكري', DAMASCUS)).toThrow(/nothing that looks like a date/);
  });

  it('refuses a date with no time of day rather than guessing midnight', () => {
    expect(() => parseArabicDateTime('13 فبراير، 2018', DAMASCUS)).toThrow('no time of day after "13 فبراير، 2018"');
  });

  it('refuses text left over after the date', () => {
    expect(() => parseArabicDateTime('13 فبراير، 2018 11:56:59 ص خبر عسكري', DAMASCUS)).toThrow(/unexpected text/);
  });
});

describe('readArabicDateTime', () => {
  it('returns what followed the date as printed', () => {
    const reading = readArabicDateTime('13 فبراير، 2018 11:56:59 ص خبر عسكري تنظيم الدولة الإسلامية', DAMASCUS);
    expect(reading).toEqual({ instant: '2018-02-13T09:56:59.000Z', rest: 'خبر عسكري تنظيم الدولة الإسلامية' });
  });

  it('does not take the first letter of a following word for a marker', () => {
    const reading = readArabicDateTime('1 يناير 2020 18:45 مدينة إدلب', 'UTC');
    expect(reading).toEqual({ instant: '2020-01-01T18:45:00.000Z', rest: 'مدينة إدلب' });
  });

  it('returns an empty rest when the date ends the text', () => {
    expect(readArabicDateTime('1 يناير 2020 18:45', 'UTC').rest).toBe('');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zone names', () => {
    expect(isValidTimeZone('Asia/Damascus')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
  });

  it('refuses unknown names and fixed offsets', () => {
    expect(isValidTimeZone('Asia/Atlantis')).toBe(false);
    expect(isValidTimeZone('+02:00')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
