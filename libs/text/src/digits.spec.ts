import { toWesternDigits } from './digits';

describe('toWesternDigits', () => {
  it('turns Arabic-Indic digits into ASCII digits', () => {
    expect(toWesternDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });

  it('turns Extended (Persian) digits into ASCII digits', () => {
    expect(toWesternDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('leaves letters, punctuation and ASCII digits as they are', () => {
    expect(toWesternDigits('٣ آذار، 2019 ٠٤:٠٥ م')).toBe('3 آذار، 2019 04:05 م');
  });

  it('returns an empty string unchanged', () => {
    expect(toWesternDigits('')).toBe('');
  });
});
