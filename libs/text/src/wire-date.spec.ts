import { parseIsoDateTime, parseRfc822DateTime } from './wire-date';
import { WireDateError } from './wire-date-error';

const DAMASCUS = 'Asia/Damascus';

function errorOf(run: () => unknown): WireDateError {
  try {
    run();
  } catch (error) {
    if (error instanceof WireDateError) return error;
    throw error;
  }
  throw new Error('expected a WireDateError');
}

describe('parseIsoDateTime', () => {
  it('reads an offset and gives the instant in UTC', () => {
    expect(parseIsoDateTime('2016-10-21T16:25:32-05:00', DAMASCUS)).toBe('2016-10-21T21:25:32.000Z');
    expect(parseIsoDateTime('2013-07-09T10:37:00Z', DAMASCUS)).toBe('2013-07-09T10:37:00.000Z');
    expect(parseIsoDateTime('2016-10-21T16:25:32.123+0530', DAMASCUS)).toBe('2016-10-21T10:55:32.123Z');
  });

  it('reads the compact form NITF prints, with Z or a numeric offset', () => {
    expect(parseIsoDateTime('20130709T103700Z', DAMASCUS)).toBe('2013-07-09T10:37:00.000Z');
    expect(parseIsoDateTime('20130709T103700-0400', DAMASCUS)).toBe('2013-07-09T14:37:00.000Z');
  });

  it("reads a time with no offset as the feed's wall-clock time", () => {
    expect(parseIsoDateTime('2018-02-13T11:56:59', DAMASCUS)).toBe('2018-02-13T09:56:59.000Z');
    expect(parseIsoDateTime('2018-07-13 11:56', DAMASCUS)).toBe('2018-07-13T08:56:00.000Z');
  });

  it('refuses a date without a time of day rather than guessing midnight', () => {
    expect(errorOf(() => parseIsoDateTime('2018-02-13', DAMASCUS)).message).toBe(
      '"2018-02-13" is not an ISO 8601 date and time',
    );
  });

  it('refuses impossible dates and times, naming what is wrong', () => {
    expect(errorOf(() => parseIsoDateTime('2018-02-30T10:00:00Z', DAMASCUS)).message).toBe(
      'impossible date "2018-02-30T10:00:00Z": February 2018 has 28 days, not day 30',
    );
    expect(() => parseIsoDateTime('2018-13-01T10:00:00Z', DAMASCUS)).toThrow('there is no month 13');
    expect(() => parseIsoDateTime('2018-01-01T25:00:00Z', DAMASCUS)).toThrow('hour 25 is out of range');
    expect(() => parseIsoDateTime('2018-01-01T10:61:00Z', DAMASCUS)).toThrow('minute 61 is out of range');
  });

  it('refuses a wall-clock time skipped when Damascus moved its clocks forward', () => {
    expect(() => parseIsoDateTime('2018-03-30T00:30:00', DAMASCUS)).toThrow(/does not exist in Asia\/Damascus/);
  });

  it('refuses other date notations', () => {
    expect(() => parseIsoDateTime('13/02/2018 10:00', DAMASCUS)).toThrow(WireDateError);
    expect(() => parseIsoDateTime('Tue, 10 Jun 2003 04:00:00 GMT', DAMASCUS)).toThrow(WireDateError);
  });
});

describe('parseRfc822DateTime', () => {
  it('reads an RSS pubDate with a zone name or a numeric offset', () => {
    expect(parseRfc822DateTime('Tue, 10 Jun 2003 04:00:00 GMT', DAMASCUS)).toBe('2003-06-10T04:00:00.000Z');
    expect(parseRfc822DateTime('Tue, 13 Feb 2018 11:56:59 +0200', DAMASCUS)).toBe('2018-02-13T09:56:59.000Z');
    expect(parseRfc822DateTime('10 Jun 2003 04:00 EDT', DAMASCUS)).toBe('2003-06-10T08:00:00.000Z');
  });

  it('tolerates what feeds get wrong: a wrong weekday, a one-digit hour, a full month name, a two-digit year', () => {
    expect(parseRfc822DateTime('Wed, 10 Jun 2003 04:00:00 GMT', DAMASCUS)).toBe('2003-06-10T04:00:00.000Z');
    expect(parseRfc822DateTime('Tue, 3 June 2003 4:05:00 UTC', DAMASCUS)).toBe('2003-06-03T04:05:00.000Z');
    expect(parseRfc822DateTime('Tue, 10 Jun 03 04:00:00 GMT', DAMASCUS)).toBe('2003-06-10T04:00:00.000Z');
  });

  it("reads a time with no zone as the feed's wall-clock time", () => {
    expect(parseRfc822DateTime('Tue, 13 Feb 2018 11:56:59', DAMASCUS)).toBe('2018-02-13T09:56:59.000Z');
  });

  it('refuses an impossible day and an unknown zone name', () => {
    expect(() => parseRfc822DateTime('Sat, 31 Feb 2018 10:00:00 GMT', DAMASCUS)).toThrow(
      'February 2018 has 28 days, not day 31',
    );
    expect(() => parseRfc822DateTime('Tue, 10 Jun 2003 04:00:00 IST', DAMASCUS)).toThrow('unknown time zone "IST"');
    expect(() => parseRfc822DateTime('Tue, 10 Foo 2003 04:00:00 GMT', DAMASCUS)).toThrow('unknown month name "Foo"');
  });

  it('refuses text that is not a date', () => {
    expect(() => parseRfc822DateTime('yesterday', DAMASCUS)).toThrow('"yesterday" is not an RFC 822 date and time');
  });
});
