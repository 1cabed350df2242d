import { foldArabic, normalizeText } from './normalize';

describe('normalizeText', () => {
  it('collapses runs of spaces, tabs and newlines into one space and trims', () => {
    expect(normalizeText('  Idlib,\t\tSMART \n')).toBe('Idlib, SMART');
  });

  it('treats a no-break space like any other space', () => {
    expect(normalizeText('members. \u00a0')).toBe('members.');
    expect(normalizeText('allowed \u00a0ISIS')).toBe('allowed ISIS');
  });

  it('composes decomposed characters (NFC)', () => {
    expect(normalizeText('e\u0301')).toBe('\u00e9');
    expect(normalizeText('\u0627\u0654')).toBe('\u0623');
  });

  it('keeps punctuation and a missing space after a full stop as printed', () => {
    expect(normalizeText('battalions.Seizing')).toBe('battalions.Seizing');
  });
});

describe('foldArabic', () => {
  it('folds the alef variants into a bare alef', () => {
    expect(foldArabic('أإآٱ')).toBe('اااا');
  });

  it('folds alef maqsura into yeh and teh marbuta into heh', () => {
    expect(foldArabic('مستشفى الرحمة')).toBe('مستشفي الرحمه');
  });

  it('removes tatweel and harakat', () => {
    expect(foldArabic('عَسْكَرِيّ')).toBe('عسكري');
    expect(foldArabic('ولـ"قسد"')).toBe('ول"قسد"');
  });

  it('matches a hamza spelling with the bare one', () => {
    expect(foldArabic('خبر إنساني')).toBe(foldArabic('خبر انساني'));
    expect(foldArabic('أبريل')).toBe(foldArabic('ابريل'));
  });

  it('normalises whitespace too, so keys compare cleanly', () => {
    expect(foldArabic(' خبر\u00a0 أمني ')).toBe('خبر امني');
  });

  it('leaves Latin text alone', () => {
    expect(foldArabic('Idlib, SMART')).toBe('Idlib, SMART');
  });
});
