import { isCreditDateLine, readCreditDateLine, readCredits } from './credit-line';

describe('readCredits', () => {
  it('does not read a translation editor as an editor named "الترجمة"', () => {
    expect(readCredits('تحرير الترجمة فرح ناصيف')).toEqual([{ name: 'فرح ناصيف', role: 'translation-editor' }]);
  });

  it('reads writers and reporters under each of their labels', () => {
    expect(readCredits('إعداد أ | اعداد ب | كتابة ج | مراسل د | تقرير هـ')).toEqual([
      { name: 'أ', role: 'writer' },
      { name: 'ب', role: 'writer' },
      { name: 'ج', role: 'writer' },
      { name: 'د', role: 'reporter' },
      { name: 'هـ', role: 'reporter' },
    ]);
  });

  it('skips segments with an unknown role or no name', () => {
    expect(readCredits('تصوير سامي | تحرير الترجمة | تحرير أمنة رياض')).toEqual([
      { name: 'أمنة رياض', role: 'editor' },
    ]);
  });
});

describe('readCreditDateLine', () => {
  it('splits the line at "تم النشر بتاريخ" and drops the clock from the byline', () => {
    const line = readCreditDateLine('تحرير أمنة رياض 🕔 تم النشر بتاريخ : 13 فبراير، 2018 11:56:59 ص خبر عسكري');
    expect(line).toEqual({
      byline: 'تحرير أمنة رياض',
      credits: [{ name: 'أمنة رياض', role: 'editor' }],
      afterPublishedOn: '13 فبراير، 2018 11:56:59 ص خبر عسكري',
    });
  });

  it('has no byline when only the date is printed', () => {
    expect(readCreditDateLine('🕔 تم النشر بتاريخ : 13 فبراير، 2018 11:56:59 ص').byline).toBeUndefined();
  });
});

describe('isCreditDateLine', () => {
  it('recognises the line by its "published on" words', () => {
    expect(isCreditDateLine('🕔 تم النشر بتاريخ : 13 فبراير')).toBe(true);
    expect(isCreditDateLine('Idlib, SMART')).toBe(false);
  });
});
