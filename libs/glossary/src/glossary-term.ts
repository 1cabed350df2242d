/**
 * A bilingual term base for the newsroom's two languages: how an actor, a
 * place or a title is written in Arabic and in English, which spellings are
 * accepted, and which are not. The desk's QA and hints read it; so can
 * enrich's dictionaries: one source of truth, not two copies.
 */
export const GLOSSARY_LANGUAGES = ['ar', 'en'] as const;
export type GlossaryLanguage = (typeof GLOSSARY_LANGUAGES)[number];

export const TERM_CATEGORIES = ['actor', 'place', 'title', 'other'] as const;
export type TermCategory = (typeof TERM_CATEGORIES)[number];

/** How a term is written in one language. */
export interface TermForms {
  /** The form a translation must use, e.g. "Hayat Tahrir al-Sham". */
  preferred: string;
  /** Other spellings that are fine too and are recognised in a source (e.g. "HTS", "الجيش الحر"). */
  variants: string[];
  /** Spellings a translation must not use (e.g. "Edlib", "ISIL"). */
  forbidden: string[];
}

export interface GlossaryTerm {
  /** Set once stored. */
  id?: string;
  category: TermCategory;
  ar: TermForms;
  en: TermForms;
  note?: string;
}

export class GlossaryError extends Error {
  readonly code = 'INVALID_TERM';
  constructor(
    message: string,
    /** The CSV line (1-based, the header is line 1) or field at fault, when known. */
    readonly where?: string,
  ) {
    super(message);
    this.name = 'GlossaryError';
  }
}

export function isGlossaryLanguage(value: string): value is GlossaryLanguage {
  return (GLOSSARY_LANGUAGES as readonly string[]).includes(value);
}

/** The language code a glossary knows for a BCP 47 tag ("en-GB" → "en"), or null. */
export function glossaryLanguageOf(tag: string): GlossaryLanguage | null {
  const primary = tag.split('-')[0].toLowerCase();
  return isGlossaryLanguage(primary) ? primary : null;
}

/** Every form of a term in one language that names it: preferred first, then the accepted variants. */
export function acceptedForms(term: GlossaryTerm, language: GlossaryLanguage): string[] {
  return [term[language].preferred, ...term[language].variants];
}

/**
 * A term with its text trimmed, empty variants dropped, duplicates removed,
 * checked: both preferred forms present, no form both accepted and forbidden.
 */
export function normalizeTerm(term: GlossaryTerm): GlossaryTerm {
  if (!(TERM_CATEGORIES as readonly string[]).includes(term.category))
    throw new GlossaryError(
      `category must be one of ${TERM_CATEGORIES.join(', ')}, got "${term.category}"`,
      'category',
    );
  const forms = (language: GlossaryLanguage): TermForms => {
    const given = term[language];
    const preferred = clean(given?.preferred ?? '');
    if (!preferred) throw new GlossaryError(`the ${language} preferred form is empty`, language);
    const variants = unique((given.variants ?? []).map(clean)).filter((v) => v && v !== preferred);
    const forbidden = unique((given.forbidden ?? []).map(clean)).filter(Boolean);
    const clash = forbidden.find((f) => f === preferred || variants.includes(f));
    if (clash) throw new GlossaryError(`"${clash}" is both accepted and forbidden in ${language}`, language);
    return { preferred, variants, forbidden };
  };
  const note = term.note === undefined ? undefined : clean(term.note);
  return {
    ...(term.id ? { id: term.id } : {}),
    category: term.category,
    ar: forms('ar'),
    en: forms('en'),
    ...(note ? { note } : {}),
  };
}

function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
