import { formatArabicDateTime } from './arabic-date-format';
import { parseArabicDateTime } from './arabic-date';

describe('formatArabicDateTime', () => {
  it('prints the reference article’s date as SMART does, in Damascus time', () => {
    expect(formatArabicDateTime('2018-02-13T09:56:59Z', 'Asia/Damascus')).toBe('13 فبراير، 2018 11:56:59 ص');
  });

  it('marks the afternoon with م and writes noon and midnight as 12', () => {
    expect(formatArabicDateTime('2018-02-13T10:05:03Z', 'Asia/Damascus')).toBe('13 فبراير، 2018 12:05:03 م');
    expect(formatArabicDateTime('2018-12-31T22:00:00Z', 'Asia/Damascus')).toBe('1 يناير، 2019 12:00:00 ص');
  });

  it('reads back to the same instant through the parser, across the year and summer time', () => {
    for (const instant of ['2018-07-01T21:30:00.000Z', '2020-03-27T23:59:59.000Z', '2024-11-30T05:00:01.000Z'])
      expect(parseArabicDateTime(formatArabicDateTime(instant, 'Asia/Damascus'), 'Asia/Damascus')).toBe(instant);
  });

  it('names what is wrong with a bad zone or instant', () => {
    expect(() => formatArabicDateTime('2018-02-13T09:56:59Z', 'Mars/Olympus')).toThrow(
      'unknown time zone "Mars/Olympus"',
    );
    expect(() => formatArabicDateTime('yesterday', 'Asia/Damascus')).toThrow('not an instant: "yesterday"');
  });
});
