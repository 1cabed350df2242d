import { lookUpPlace } from './gazetteer';

describe('lookUpPlace', () => {
  it('resolves the reference dateline Idlib to its coordinates', () => {
    expect(lookUpPlace('Idlib')).toMatchObject({
      id: 'geonames:169389',
      nameEn: 'Idlib',
      nameAr: 'إدلب',
      latitude: 35.9306,
      longitude: 36.6339,
    });
  });

  it('resolves transliteration variants and Arabic spellings to one place', () => {
    for (const variant of ['Deir ez-Zor', 'Deir Ez-Zor', 'Dayr az Zawr', 'دير الزور', 'ديرالزور']) {
      expect(lookUpPlace(variant)?.nameEn).toBe('Deir ez-Zor');
    }
  });

  it('folds Arabic letter variants when matching', () => {
    expect(lookUpPlace('ادلب')?.nameEn).toBe('Idlib');
  });

  it('says nothing about a place it does not know', () => {
    expect(lookUpPlace('Atlantis')).toBeUndefined();
  });

  it('answers to GeoNames names the supplement does not list, with their governorate', () => {
    expect(lookUpPlace('Sarāqib')).toMatchObject({ id: 'geonames:164816', governorate: 'Idlib' });
    expect(lookUpPlace('Ad Darbāsīyah')).toMatchObject({ source: 'geonames', governorate: 'Hasakah' });
  });

  it('prefers the city to the governorate for a bare name', () => {
    expect(lookUpPlace('Idlib')?.featureType).toBe('city');
    expect(lookUpPlace('ريف إدلب')?.id).toBe('sy:gov-idlib');
  });
});
