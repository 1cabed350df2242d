import { foldArabic } from '@news/text';

export interface GazetteerPlace {
  name: string;
  latitude: number;
  longitude: number;
  /** Spellings a dateline may use: English transliterations and Arabic. */
  names: string[];
}

/**
 * A handful of Syrian datelines, enough to resolve the places the feeds file
 * from most. Coordinates are the city centres (GeoNames). The full geocoder
 * is the enrichment issue's work; this table does not guess beyond itself.
 */
const PLACES: GazetteerPlace[] = [
  { name: 'Idlib', latitude: 35.9306, longitude: 36.6339, names: ['Idlib', 'Idleb', 'إدلب', 'ادلب'] },
  { name: 'Aleppo', latitude: 36.2021, longitude: 37.1343, names: ['Aleppo', 'Halab', 'حلب'] },
  { name: 'Damascus', latitude: 33.5138, longitude: 36.2765, names: ['Damascus', 'Dimashq', 'دمشق'] },
  {
    name: 'Rif Dimashq',
    latitude: 33.5167,
    longitude: 36.95,
    names: ['Rif Dimashq', 'Damascus Countryside', 'Rural Damascus', 'ريف دمشق'],
  },
  { name: 'Homs', latitude: 34.7324, longitude: 36.7137, names: ['Homs', 'حمص'] },
  { name: 'Hama', latitude: 35.1318, longitude: 36.7578, names: ['Hama', 'حماة', 'حماه'] },
  { name: 'Daraa', latitude: 32.6189, longitude: 36.1021, names: ['Daraa', 'Deraa', 'درعا'] },
  { name: 'Raqqa', latitude: 35.9528, longitude: 39.0079, names: ['Raqqa', 'Al-Raqqa', 'الرقة'] },
  {
    name: 'Deir ez-Zor',
    latitude: 35.3359,
    longitude: 40.1408,
    names: ['Deir ez-Zor', 'Deir Ez-Zor', 'Dayr az Zawr', 'دير الزور', 'ديرالزور'],
  },
  { name: 'Latakia', latitude: 35.5317, longitude: 35.7901, names: ['Latakia', 'Lattakia', 'اللاذقية'] },
];

function key(name: string): string {
  return foldArabic(name)
    .toLowerCase()
    .replace(/[\s\-']/g, '');
}

const BY_KEY = new Map(PLACES.flatMap((place) => place.names.map((n) => [key(n), place] as const)));

/** The place a dateline names, or undefined when the table does not know it. */
export function lookUpPlace(name: string): GazetteerPlace | undefined {
  return BY_KEY.get(key(name));
}
