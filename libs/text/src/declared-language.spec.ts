import { reconcileLanguage } from './declared-language';

const ENGLISH = 'The factions said that they had taken the village after three days of clashes with the group.';
const ARABIC = 'قصفت قوات النظام السوري يوم الأحد بلدات في الغوطة الشرقية بريف دمشق';

describe('reconcileLanguage', () => {
  it('keeps the declared tag, in canonical case, when the text agrees by primary subtag', () => {
    expect(reconcileLanguage('EN-gb', ENGLISH)).toEqual({ language: 'en-GB', declared: 'en-GB', detected: 'en' });
  });

  it('keeps the declared tag when the detector cannot tell', () => {
    expect(reconcileLanguage('fr', "L'armée a pris le village mardi.")).toEqual({
      language: 'fr',
      declared: 'fr',
      detected: 'und',
    });
  });

  it('takes the detected language when the text contradicts the declaration, and records both', () => {
    expect(reconcileLanguage('en', ARABIC)).toEqual({ language: 'ar', declared: 'en', detected: 'ar' });
  });

  it('takes the detected language when nothing was declared', () => {
    expect(reconcileLanguage(undefined, ARABIC)).toEqual({ language: 'ar', detected: 'ar' });
    expect(reconcileLanguage('  ', ENGLISH)).toEqual({ language: 'en', detected: 'en' });
  });

  it('records a declaration that is not a language tag but does not trust it', () => {
    expect(reconcileLanguage('English (UK)', ENGLISH)).toEqual({
      language: 'en',
      declared: 'English (UK)',
      detected: 'en',
    });
  });

  it('reads an underscore as the hyphen it stands for', () => {
    expect(reconcileLanguage('ar_SY', ARABIC).language).toBe('ar-SY');
  });
});

describe('a language declared by name', () => {
  it('reads English and Arabic names of languages as their codes', () => {
    expect(reconcileLanguage('english', "L'armée a pris le village mardi.").language).toBe('en');
    expect(reconcileLanguage('Arabic', ARABIC)).toEqual({ language: 'ar', declared: 'ar', detected: 'ar' });
    expect(reconcileLanguage('العربية', ARABIC).declared).toBe('ar');
  });

  it('never passes on a tag the contract cannot take, even when the detector has nothing to say', () => {
    expect(reconcileLanguage('klingonese', "L'armée a pris le village mardi.").language).toBe('und');
  });
});
