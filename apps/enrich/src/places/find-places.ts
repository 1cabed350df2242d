import { FoldedText } from '../matching/fold';
import { Mention, mentionOf } from '../matching/paragraphs';
import { PhraseHit } from '../matching/phrase-matcher';
import { Gazetteer, GazetteerPlace } from './gazetteer';

export interface RelativeLocation {
  text: string;
  distanceKm: number;
  direction: string;
}

export interface FoundPlace {
  place: GazetteerPlace;
  confidence: number;
  mentions: Mention[];
  relative: RelativeLocation[];
}

const DIRECTIONS_EN =
  'north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west';
// "38 kilometers south of Idlib", "38 km southeast of"
const RELATIVE_EN = new RegExp(
  `(\\d+(?:\\.\\d+)?)\\s*(kilometers|kilometres|km|miles)\\s+(${DIRECTIONS_EN})\\s+of\\s+(?:the\\s+)?(?:city\\s+of\\s+)?$`,
  'i',
);
// "على بعد 38 كم جنوب إدلب", "(٣٨ كيلومتراً جنوبي"
const RELATIVE_AR =
  /([\d\u0660-\u0669]+)\s*(?:كم|كيلومترا?ً?|كيلو\s*متر)\s+(شمال|جنوب|شرق|غرب)(?:ي|ي?\s*(?:شرق|غرب)ي?)?\s+(?:مدينة\s+)?$/u;
const MILES_TO_KM = 1.609344;

/**
 * Places named in the text. A phrase several places answer to goes to the
 * one in the dateline's governorate, else the governorate most other
 * mentions point to, else the most populous; confidence drops when the
 * choice was a guess.
 */
export function findPlaces(
  text: string,
  folded: FoldedText,
  paragraphs: readonly number[],
  gazetteer: Gazetteer,
  dateline?: GazetteerPlace,
  /** Hits of a matcher run already (enrich runs one pass for places and actors). */
  hits: readonly PhraseHit<GazetteerPlace>[] = gazetteer.matcher.find(folded),
): FoundPlace[] {
  const context = new Map<string, number>();
  if (dateline?.governorate) context.set(dateline.governorate, 3);
  for (const hit of hits) {
    if (hit.entries.length === 1 && hit.entries[0].governorate) {
      const g = hit.entries[0].governorate;
      context.set(g, (context.get(g) ?? 0) + 1);
    }
  }
  const found = new Map<string, FoundPlace>();
  for (const hit of hits) {
    const [place, confidence] = choose(hit.entries, context);
    let entry = found.get(place.id);
    if (!entry) {
      entry = { place, confidence, mentions: [], relative: [] };
      found.set(place.id, entry);
    }
    entry.confidence = Math.max(entry.confidence, confidence);
    entry.mentions.push(mentionOf(text, paragraphs, hit.start, hit.end));
    const relative = relativeBefore(text, hit.start);
    if (relative) {
      const { distanceKm, direction } = relative;
      entry.relative.push({ text: text.slice(relative.start, hit.end), distanceKm, direction });
    }
  }
  return [...found.values()];
}

function choose(entries: readonly GazetteerPlace[], context: Map<string, number>): [GazetteerPlace, number] {
  if (entries.length === 1) return [entries[0], entries[0].source === 'supplement' ? 0.95 : 0.85];
  const score = (p: GazetteerPlace) =>
    (context.get(p.governorate ?? '') ?? 0) * 10 +
    (p.source === 'supplement' ? 5 : 0) +
    Math.log10(1 + p.population) -
    (p.featureType === 'governorate' || p.featureType === 'region' ? 20 : 0);
  // The best and the runner-up in one pass, where a stable sort copied the
  // entries and scored each several times: the first of the best scores
  // wins, as it stood first after the sort (scores are finite numbers).
  let best = entries[0];
  let bestScore = score(best);
  let runnerUp = -Infinity;
  for (let i = 1; i < entries.length; i++) {
    const s = score(entries[i]);
    if (s > bestScore) {
      runnerUp = bestScore;
      best = entries[i];
      bestScore = s;
    } else if (s > runnerUp) runnerUp = s;
  }
  const margin = bestScore - runnerUp;
  return [best, margin >= 10 ? 0.9 : margin >= 3 ? 0.75 : 0.6];
}

function relativeBefore(
  text: string,
  start: number,
): { start: number; distanceKm: number; direction: string } | undefined {
  const offset = Math.max(0, start - 60);
  if (!hasDigit(text, offset, start)) return undefined; // no distance without a number
  const before = text.slice(offset, start);
  const en = RELATIVE_EN.exec(before);
  if (en) {
    const km = Number(en[1]) * (en[2].toLowerCase() === 'miles' ? MILES_TO_KM : 1);
    return { start: offset + en.index, distanceKm: km, direction: en[3].toLowerCase().replace('-', '') };
  }
  const ar = RELATIVE_AR.exec(before);
  if (ar) {
    const digits = ar[1].replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
    const direction = { شمال: 'north', جنوب: 'south', شرق: 'east', غرب: 'west' }[ar[2]] ?? ar[2];
    return { start: offset + ar.index, distanceKm: Number(digits), direction };
  }
  return undefined;
}

/** Whether a Western or Arabic-Indic digit stands between `from` and `to`: read in place, as most places have none before them. */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669)) return true;
  }
  return false;
}
