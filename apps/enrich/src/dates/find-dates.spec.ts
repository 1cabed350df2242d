import { fold } from '../matching/fold';
import { paragraphStarts } from '../matching/paragraphs';
import { findDates } from './find-dates';

// The reference article: published Tuesday 13 February 2018, 11:56 in Damascus.
const PUBLISHED = '2018-02-13T09:56:59.000Z';
const dates = (text: string, published = PUBLISHED) =>
  findDates(text, fold(text), paragraphStarts(text), published, 'Asia/Damascus').map((d) => [
    d.phrase,
    d.value,
    d.part,
  ]);

describe('findDates', () => {
  it('resolves "On Tuesday" to the publish day and "On Monday" to the day before', () => {
    expect(dates('On Tuesday, factions advanced. On Monday, ISIS seized al-Khoain.')).toEqual([
      ['On Tuesday', '2018-02-13', undefined],
      ['On Monday', '2018-02-12', undefined],
    ]);
  });

  it('resolves Arabic weekdays and yesterday', () => {
    expect(dates('سيطر التنظيم يوم الاثنين على القرية، وقصفت الطائرات أمس')).toEqual([
      ['يوم الاثنين', '2018-02-12', undefined],
      ['أمس', '2018-02-12', undefined],
    ]);
  });

  it('reads a month with its part, in both languages and both Arabic month names', () => {
    expect(dates('In late December 2017, loyalist forces advanced.')).toEqual([
      ['In late December 2017', '2017-12', 'late'],
    ]);
    expect(dates('تقدمت قوات النظام أواخر كانون الأول 2017')).toEqual([['أواخر كانون الأول 2017', '2017-12', 'late']]);
    expect(dates('في منتصف ديسمبر')).toEqual([['في منتصف ديسمبر', '2017-12', 'mid']]);
  });

  it('resolves in the feed zone: 23:30 UTC on Monday is already Tuesday in Damascus', () => {
    expect(dates('yesterday', '2018-02-12T23:30:00Z')).toEqual([['yesterday', '2018-02-12', undefined]]);
  });

  it('resolves last week to the ISO week before publication', () => {
    expect(dates('last week and الأسبوع الماضي')).toEqual([
      ['last week', '2018-W06', undefined],
      ['الأسبوع الماضي', '2018-W06', undefined],
    ]);
  });

  it('does not read the modal "may" as May', () => {
    expect(dates('The talks may resume.')).toEqual([]);
  });
});

describe('findDates with Arabic letter variants', () => {
  it('reads أوائل and الأربعاء however the hamza is written', () => {
    expect(dates('في أوائل شباط')).toEqual([['في أوائل شباط', '2018-02', 'early']]);
    expect(dates('يوم الأربعاء')).toEqual([['يوم الأربعاء', '2018-02-07', undefined]]);
  });
});
