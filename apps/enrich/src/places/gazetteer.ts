import { foldKey } from '../matching/fold';
import { PhraseMatcher } from '../matching/phrase-matcher';
import GEONAMES_SY from './data/geonames-sy.json';
import { FeatureType, GOVERNORATE_BY_ADMIN1, SYRIA_SUPPLEMENT } from './syria-supplement';

/** One place the gazetteer knows, with every spelling it answers to. */
export interface GazetteerPlace {
  /** "geonames:<id>" or "sy:<slug>": stable across languages and releases. */
  id: string;
  nameEn: string;
  nameAr?: string;
  featureType: FeatureType;
  geonamesId?: number;
  latitude: number;
  longitude: number;
  governorate?: string;
  district?: string;
  population: number;
  /** Spellings: English transliterations and Arabic. */
  names: string[];
  source: 'supplement' | 'geonames';
}

type GeoNamesRow = [
  id: number,
  name: string,
  featureCode: string,
  admin1: string,
  population: number,
  lon: number,
  lat: number,
];

const FEATURE_BY_CODE: Record<string, FeatureType> = {
  PPLC: 'city',
  PPLA: 'city',
  PPLA2: 'town',
  PPLA3: 'town',
  PPL: 'village',
  PPLH: 'village',
};

// GeoNames-only names that are also English words or too short to trust alone.
const UNSAFE_NAMES = new Set(['at tall', 'tall', 'dana', 'nawa', 'ad dana']);

/** English spellings with and without the article: "al-Raqqa" and "Raqqa". */
function englishVariants(name: string): string[] {
  const bare = name.replace(/^(?:a[lnsrdtz]|ash|ath|el)[-\s]+/i, '');
  return bare === name ? [name, `al-${name}`] : [name, bare];
}

function isArabic(s: string): boolean {
  return /[\u0600-\u06FF]/.test(s);
}

/** Builds the places: the supplement first, then GeoNames rows the supplement does not name. */
export function buildGazetteer(): GazetteerPlace[] {
  const geonames = new Map((GEONAMES_SY as GeoNamesRow[]).map((row) => [row[0], row]));
  const places: GazetteerPlace[] = [];
  const claimed = new Set<string>();
  for (const [id, nameEn, nameAr, featureType, governorate, district, lat, lon, variants] of SYRIA_SUPPLEMENT) {
    const row = typeof id === 'number' ? geonames.get(id) : undefined;
    const names = [nameEn, nameAr, ...variants, ...(row ? [row[1]] : [])].flatMap((n) =>
      isArabic(n) ? [n] : englishVariants(n),
    );
    names.forEach((n) => claimed.add(foldKey(n)));
    places.push({
      id: typeof id === 'number' ? `geonames:${id}` : `sy:${id}`,
      nameEn,
      nameAr,
      featureType,
      ...(typeof id === 'number' ? { geonamesId: id } : {}),
      latitude: round(row ? row[6] : lat),
      longitude: round(row ? row[5] : lon),
      ...(governorate ? { governorate } : {}),
      ...(district ? { district } : {}),
      population: row ? row[4] : 0,
      names,
      source: 'supplement',
    });
  }
  const supplemented = new Set(SYRIA_SUPPLEMENT.map((r) => r[0]));
  for (const [id, name, code, admin1, population, lon, lat] of geonames.values()) {
    if (supplemented.has(id)) continue;
    const names = englishVariants(name).filter((n) => !claimed.has(foldKey(n)) && !UNSAFE_NAMES.has(foldKey(n)));
    if (names.length === 0) continue;
    places.push({
      id: `geonames:${id}`,
      nameEn: name,
      featureType: FEATURE_BY_CODE[code] ?? 'village',
      geonamesId: id,
      latitude: round(lat),
      longitude: round(lon),
      ...(GOVERNORATE_BY_ADMIN1[admin1] ? { governorate: GOVERNORATE_BY_ADMIN1[admin1] } : {}),
      population,
      names,
      source: 'geonames',
    });
  }
  return places;
}

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

/** The gazetteer, loaded once: its places, a matcher over every spelling, and an index by folded name. */
export class Gazetteer {
  readonly places: GazetteerPlace[];
  readonly matcher: PhraseMatcher<GazetteerPlace>;
  private readonly byKey: Map<string, GazetteerPlace[]>;
  readonly byId: Map<string, GazetteerPlace>;

  constructor(places: GazetteerPlace[] = buildGazetteer()) {
    this.places = places;
    this.matcher = new PhraseMatcher(places.flatMap((p) => p.names.map((n) => [n, p] as const)));
    this.byKey = new Map();
    for (const p of places) {
      for (const n of p.names) {
        const k = foldKey(n);
        this.byKey.set(k, [...(this.byKey.get(k) ?? []), p]);
      }
    }
    this.byId = new Map(places.map((p) => [p.id, p]));
  }

  /** The place a name (e.g. a dateline) stands for: a settlement before an area, then the most populous. */
  lookUp(name: string): GazetteerPlace | undefined {
    const found = this.byKey.get(foldKey(name));
    if (!found) return undefined;
    return [...found].sort((a, b) => settlementRank(a) - settlementRank(b) || b.population - a.population)[0];
  }
}

function settlementRank(p: GazetteerPlace): number {
  return p.featureType === 'governorate' || p.featureType === 'region' ? 1 : 0;
}

let shared: Gazetteer | undefined;

/** The process-wide gazetteer, built on first use (~10 ms). */
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}

/** The place a dateline names, or undefined when the gazetteer does not know it. */
export function lookUpPlace(name: string): GazetteerPlace | undefined {
  return gazetteer().lookUp(name);
}
