import { fold, foldKey } from './fold';

describe('fold', () => {
  it('folds Arabic hamza forms, ta marbuta, alef maqsura, tatweel and harakat', () => {
    expect(foldKey('مَعَرَّة النُّعمان')).toBe(foldKey('معره النعمان'));
    expect(foldKey('إدلب')).toBe('ادلب');
    expect(foldKey('مستشفى')).toBe('مستشفي');
    expect(foldKey('حـــلب')).toBe('حلب');
  });

  it('folds transliteration variants of one name to one key', () => {
    const keys = ['Maarrat al-Nu’man', "Ma'arrat an-Numan", 'Maarat al-Numan', 'MAARRAT AL NUMAN'].map(foldKey);
    expect(new Set(keys).size).toBe(1);
    expect(foldKey('Deir Ez-Zor')).toBe(foldKey('Deir al-Zor'));
    expect(foldKey('Ḩamāh')).toBe('hamah');
  });

  it('reads Arabic-Indic digits and keeps thousands together', () => {
    expect(foldKey('٣٨ كم')).toBe('38 كم');
    expect(foldKey('1,500 fighters')).toBe('1500 fighters');
  });

  it('keeps, for each folded character, the offset it came from', () => {
    const text = 'seized al-Khoain,38 km';
    const f = fold(text);
    const at = f.text.indexOf('khoain');
    expect(text.slice(f.origin[at], f.origin[at + 'khoain'.length - 1] + 1)).toBe('Khoain');
  });
});
