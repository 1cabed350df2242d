import { Dateline } from '@news/contracts';

// "Idlib, SMART" / "ريف دمشق، سمارت" on a line of its own: a short place, an
// Arabic or ASCII comma, a short agency, and no sentence punctuation.
const DATELINE_LINE = /^([^,،.()]{1,40}?)\s*[،,]\s*([^,،.()]{1,30})$/u;
// "ريف دمشق (سمارت) - ..." at the start of the first paragraph.
const INLINE_DATELINE = /^([^,،.()]{1,40}?)\s*\(([^()]{1,30})\)\s*[-–—]\s*/u;
const TRAILING_DASH = /\s*[-–—]\s*$/u;
const MAX_PLACE_WORDS = 4;
const MAX_AGENCY_WORDS = 3;
// Latin words only: Arabic has no capitals to check.
const LOWERCASE_LATIN_START = /^\p{Ll}/u;

export interface DatelineAndBody {
  dateline?: Dateline;
  /** The lines after the dateline, the first one shortened if it held the dateline. */
  body: string[];
}

/** Finds the dateline at the top of the body lines, if the page has one. */
export function readDateline(lines: readonly string[]): DatelineAndBody {
  const [first, ...rest] = lines;
  if (first === undefined) return { body: [] };
  const ownLine = DATELINE_LINE.exec(first);
  if (ownLine && looksLikeDateline(ownLine[1], ownLine[2])) {
    return { dateline: { place: ownLine[1], agency: ownLine[2], text: first }, body: rest };
  }
  const inline = INLINE_DATELINE.exec(first);
  if (inline && looksLikeDateline(inline[1], inline[2])) {
    const paragraph = first.slice(inline[0].length);
    const text = inline[0].replace(TRAILING_DASH, '');
    const dateline = { place: inline[1], agency: inline[2], text };
    return { dateline, body: paragraph === '' ? rest : [paragraph, ...rest] };
  }
  return { body: [...lines] };
}

/**
 * Keeps "On Tuesday, fighters attacked" from passing for a dateline: place
 * and agency are a few words, the agency a name and the place capitalised.
 */
function looksLikeDateline(place: string, agency: string): boolean {
  const placeWords = place.split(' ');
  const agencyWords = agency.split(' ');
  return (
    placeWords.length <= MAX_PLACE_WORDS &&
    agencyWords.length <= MAX_AGENCY_WORDS &&
    !LOWERCASE_LATIN_START.test(placeWords[0]) &&
    agencyWords.every((word) => !LOWERCASE_LATIN_START.test(word))
  );
}
