import { lookUpPlace } from './gazetteer';

describe('lookUpPlace', () => {
  it('resolves the reference dateline Idlib to its coordinates', () => {
    expect(lookUpPlace('Idlib')).toMatchObject({ name: 'Idlib', latitude: 35.9306, longitude: 36.6339 });
  });

  it('resolves transliteration variants and Arabic spellings to one place', () => {
    for (const variant of ['Deir ez-Zor', 'Deir Ez-Zor', 'Dayr az Zawr', 'دير الزور', 'ديرالزور']) {
      expect(lookUpPlace(variant)?.name).toBe('Deir ez-Zor');
    }
  });

  it('folds Arabic letter variants when matching', () => {
    expect(lookUpPlace('ادلب')?.name).toBe('Idlib');
  });

  it('says nothing about a place it does not know', () => {
    expect(lookUpPlace('Atlantis')).toBeUndefined();
  });
});
