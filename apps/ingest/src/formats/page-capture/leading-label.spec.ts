import { leadingLabelLength, longestLabelsFirst } from './leading-label';

describe('leadingLabelLength', () => {
  it('counts the words a label takes at the start', () => {
    expect(leadingLabelLength(['تحرير', 'الترجمة', 'فرح', 'ناصيف'], 'تحرير الترجمة')).toBe(2);
    expect(leadingLabelLength(['تحرير', 'أمنة', 'رياض'], 'تحرير')).toBe(1);
  });

  it('compares folded words and ignores a colon after the label', () => {
    expect(leadingLabelLength(['اعداد:', 'ليلى'], 'إعداد')).toBe(1);
  });

  it('returns 0 when the label is not at the start', () => {
    expect(leadingLabelLength(['أمنة', 'رياض'], 'تحرير')).toBe(0);
    expect(leadingLabelLength(['تحرير'], 'تحرير الترجمة')).toBe(0);
  });
});

describe('longestLabelsFirst', () => {
  it('puts labels with more words first', () => {
    const ordered = longestLabelsFirst([{ label: 'تحرير' }, { label: 'تحرير الترجمة' }]);
    expect(ordered.map((entry) => entry.label)).toEqual(['تحرير الترجمة', 'تحرير']);
  });
});
