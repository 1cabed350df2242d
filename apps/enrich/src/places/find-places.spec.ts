import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../matching/fold';
import { paragraphStarts } from '../matching/paragraphs';
import { findPlaces } from './find-places';
import { gazetteer } from './gazetteer';

function placesIn(text: string, dateline?: string) {
  const g = gazetteer();
  return findPlaces(text, fold(text), paragraphStarts(text), g, dateline ? g.lookUp(dateline) : undefined);
}

describe('findPlaces', () => {
  it("finds the reference article's places with GeoNames or supplement ids", () => {
    const text = readFileSync(join(__dirname, '../../../../test/fixtures/smart-2018-02-13-idlib.txt'), 'utf8');
    const ids = placesIn(text, 'Idlib').map((p) => `${p.place.id} ${p.place.nameEn}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'geonames:169389 Idlib',
        "geonames:167611 Maarrat al-Nu'man",
        'sy:khuwayn al-Khuwayn',
        'sy:tamanah al-Tamanah',
      ]),
    );
  });

  it('gives an Arabic original and its English translation the same ids', () => {
    const ar = placesIn('سيطر التنظيم على قرية الخوين في منطقة معرة النعمان جنوب شرقي إدلب، وتقدم نحو بلدة التمانعة.');
    const en = placesIn(
      "ISIS seized the village of al-Khoain in Ma'arrat an-Nu'man district, southeast of Idlib, and advanced towards al-Tamaniah.",
    );
    expect(ar.map((p) => p.place.id).sort()).toEqual(en.map((p) => p.place.id).sort());
    expect(ar).toHaveLength(4);
  });

  it('matches through proclitics, hamza forms and ta marbuta', () => {
    expect(placesIn('قصفت الطائرات بإدلب وبالرقة ولحماه').map((p) => p.place.nameEn)).toEqual([
      'Idlib',
      'Raqqa',
      'Hama',
    ]);
  });

  it('matches transliteration variants of one name', () => {
    for (const v of ['Maarrat al-Numan', 'Maarat al-Nu’man', "Ma'arrat an-Numan", 'Maarrat an Numan']) {
      expect(placesIn(`Shelling hit ${v} on Monday.`).map((p) => p.place.id)).toEqual(['geonames:167611']);
    }
  });

  it('keeps a relative location as text with its anchor place', () => {
    const [idlib] = placesIn('the village lies 38 kilometers south of Idlib.');
    expect(idlib.relative).toEqual([{ text: '38 kilometers south of Idlib', distanceKm: 38, direction: 'south' }]);
  });

  it('does not read a place inside another word', () => {
    expect(placesIn('The Idlibians and Homsi fighters')).toEqual([]);
  });
});
