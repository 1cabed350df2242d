import { GlossaryLanguage, GlossaryTerm, acceptedForms } from './glossary-term';
import { FoldedText, foldForMatching, foldTerm } from './term-fold';

/** One place a glossary term is named in a text. */
export interface TermMatch {
  term: GlossaryTerm;
  /** The form that matched, as the glossary writes it. */
  form: string;
  /** Offsets in the text as given (not folded): text.slice(start, end) is what was written. */
  start: number;
  end: number;
}

// One-letter Arabic proclitics (and, so, with, for, like), alone or before the article: وإدلب، بالرقة، وللدولة.
const ARABIC_PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];
const ARABIC_LETTER = /[\u0600-\u06FF]/;
// A hyphen joins: "al-Hayat" is not "Hayat". An apostrophe does not: "ISIS'" names ISIS.
const LETTER_OR_DIGIT = /[\p{L}\p{N}-]/u;

/**
 * Finds the source-language forms of terms in a text. Where forms overlap
 * (الجيش الحر inside الجيش السوري الحر, say) the longest wins; a match must
 * stand as whole words, an Arabic one possibly behind a proclitic.
 */
export class TermMatcher {
  private readonly forms: { term: GlossaryTerm; form: string; folded: string }[];

  constructor(
    terms: readonly GlossaryTerm[],
    private readonly language: GlossaryLanguage,
  ) {
    this.forms = terms
      .flatMap((term) => acceptedForms(term, language).map((form) => ({ term, form, folded: foldTerm(form) })))
      .filter((f) => f.folded.length > 0)
      .sort((a, b) => b.folded.length - a.folded.length);
  }

  find(text: string): TermMatch[] {
    const folded = foldForMatching(text);
    const found: { start: number; end: number; match: TermMatch }[] = [];
    for (const { term, form, folded: needle } of this.forms) {
      for (const at of occurrences(folded, needle)) {
        if (found.some((f) => at < f.end && at + needle.length > f.start)) continue;
        found.push({
          start: at,
          end: at + needle.length,
          match: { term, form, start: folded.map[at], end: originalEnd(folded, at + needle.length) },
        });
      }
    }
    return found.sort((a, b) => a.start - b.start).map((f) => f.match);
  }

  /** Each term named in the text, once, in order of first mention. */
  termsIn(text: string): GlossaryTerm[] {
    return [...new Set(this.find(text).map((m) => m.term))];
  }
}

/** Whether the text writes this exact form (folded as for matching) as whole words. */
export function containsForm(text: string, form: string): boolean {
  const needle = foldTerm(form);
  return needle.length > 0 && occurrences(foldForMatching(text), needle).length > 0;
}

/** Folded offsets where `needle` stands as whole words. */
function occurrences(haystack: FoldedText, needle: string): number[] {
  const result: number[] = [];
  const text = haystack.text;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (startsWord(text, at, needle) && endsWord(text, at + needle.length)) result.push(at);
  }
  return result;
}

function startsWord(text: string, at: number, needle: string): boolean {
  if (at === 0 || !LETTER_OR_DIGIT.test(text[at - 1])) return true;
  if (!ARABIC_LETTER.test(needle[0])) return false;
  const wordStart = text.lastIndexOf(' ', at - 1) + 1;
  return ARABIC_PROCLITICS.includes(text.slice(wordStart, at));
}

function endsWord(text: string, end: number): boolean {
  return end >= text.length || !LETTER_OR_DIGIT.test(text[end]);
}

function originalEnd(folded: FoldedText, foldedEnd: number): number {
  // The original character after the last matched one: map the last matched char and step past it.
  return folded.map[foldedEnd - 1] + 1;
}
