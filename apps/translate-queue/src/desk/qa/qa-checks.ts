import {
  GlossaryLanguage,
  GlossaryTerm,
  TermMatcher,
  containsForm,
  foldTerm,
  glossaryLanguageOf,
} from '@news/glossary';
import { numberValues } from './number-values';

/**
 * The checks a translation passes before it may be approved. Each is
 * blocking (submit is refused with 422 naming it) or a warning (shown, not
 * in the way), as QA_CHECKS configures.
 */
export const QA_CHECK_IDS = [
  'numbers',
  'paragraph-count',
  'empty-paragraph',
  'script',
  'glossary-preferred',
  'glossary-forbidden',
  'name-spelling',
] as const;
export type QaCheckId = (typeof QA_CHECK_IDS)[number];
export type QaSeverity = 'blocking' | 'warning' | 'off';
export type QaSeverities = Record<QaCheckId, QaSeverity>;

export const DEFAULT_QA_SEVERITIES: QaSeverities = {
  numbers: 'blocking',
  'paragraph-count': 'blocking',
  'empty-paragraph': 'blocking',
  script: 'blocking',
  'glossary-preferred': 'blocking',
  'glossary-forbidden': 'blocking',
  'name-spelling': 'warning',
};

export interface QaText {
  language: string;
  headline: string;
  paragraphs: readonly string[];
}

export interface QaFinding {
  /** 0-based paragraph of the target (or the source, for a number missing from the target); absent for the headline or the whole. */
  paragraph?: number;
  message: string;
}

export interface QaResult {
  check: QaCheckId;
  severity: Exclude<QaSeverity, 'off'>;
  passed: boolean;
  findings: QaFinding[];
}

export interface QaInput {
  source: QaText;
  target: QaText;
  glossary: readonly GlossaryTerm[];
}

type Check = (input: QaInput) => QaFinding[];

const CHECKS: Record<QaCheckId, Check> = {
  numbers: checkNumbers,
  'paragraph-count': ({ source, target }) =>
    source.paragraphs.length === target.paragraphs.length
      ? []
      : [
          {
            message: `the source has ${source.paragraphs.length} paragraphs, the translation ${target.paragraphs.length}`,
          },
        ],
  'empty-paragraph': ({ target }) => [
    ...(target.headline.trim() ? [] : [{ message: 'the headline is empty' }]),
    ...target.paragraphs.flatMap((p, paragraph) =>
      p.trim() ? [] : [{ paragraph, message: `paragraph ${paragraph + 1} is empty` }],
    ),
  ],
  script: checkScript,
  'glossary-preferred': checkGlossaryPreferred,
  'glossary-forbidden': checkGlossaryForbidden,
  'name-spelling': checkNameSpelling,
};

/** Runs every check that is not off; a check passes when it finds nothing. */
export function runQa(input: QaInput, severities: QaSeverities = DEFAULT_QA_SEVERITIES): QaResult[] {
  return QA_CHECK_IDS.flatMap((check) => {
    const severity = severities[check];
    if (severity === 'off') return [];
    const findings = CHECKS[check](input);
    return [{ check, severity, passed: findings.length === 0, findings }];
  });
}

export function blockingFailures(results: readonly QaResult[]): QaResult[] {
  return results.filter((r) => !r.passed && r.severity === 'blocking');
}

function allText(text: QaText): string[] {
  return [text.headline, ...text.paragraphs];
}

/** Every number the source states is in the translation (٤٠٠ = 400, ثلاثة = three = 3). */
function checkNumbers({ source, target }: QaInput): QaFinding[] {
  const inTarget = new Set(allText(target).flatMap((t) => [...numberValues(t)]));
  const findings: QaFinding[] = [];
  const reported = new Set<number>();
  allText(source).forEach((text, index) => {
    for (const value of numberValues(text)) {
      if (inTarget.has(value) || reported.has(value)) continue;
      reported.add(value);
      findings.push({
        ...(index > 0 ? { paragraph: index - 1 } : {}),
        message: `${value} (${index === 0 ? 'headline' : `source paragraph ${index}`}) is not in the translation`,
      });
    }
  });
  return findings;
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const LATIN_SCRIPT = /\p{Script=Latin}/u;

/** No Arabic script left in an English translation, no Latin letters in an Arabic one. */
function checkScript({ target }: QaInput): QaFinding[] {
  const language = glossaryLanguageOf(target.language);
  const foreign = language === 'en' ? ARABIC_SCRIPT : language === 'ar' ? LATIN_SCRIPT : null;
  if (!foreign) return [];
  const what = language === 'en' ? 'Arabic script' : 'Latin letters';
  return allText(target).flatMap((text, index) => {
    const word = text.split(/\s+/).find((w) => foreign.test(w));
    return word
      ? [
          {
            ...(index > 0 ? { paragraph: index - 1 } : {}),
            message: `${what} left in the ${index === 0 ? 'headline' : `paragraph ${index}`}: "${word}"`,
          },
        ]
      : [];
  });
}

function languages(input: QaInput): [GlossaryLanguage, GlossaryLanguage] | null {
  const from = glossaryLanguageOf(input.source.language);
  const to = glossaryLanguageOf(input.target.language);
  return from && to && from !== to ? [from, to] : null;
}

/** Each glossary term the source names appears in the translation in its preferred (or an accepted) form. */
function checkGlossaryPreferred(input: QaInput): QaFinding[] {
  const pair = languages(input);
  if (!pair) return [];
  const [from, to] = pair;
  const target = allText(input.target).join('\n');
  return new TermMatcher(input.glossary, from)
    .termsIn(allText(input.source).join('\n'))
    .filter((term) => ![term[to].preferred, ...term[to].variants].some((form) => containsForm(target, form)))
    .map((term) => ({ message: `"${term[from].preferred}" should be rendered "${term[to].preferred}"` }));
}

/** No forbidden spelling of any glossary term anywhere in the translation. */
function checkGlossaryForbidden(input: QaInput): QaFinding[] {
  const to = glossaryLanguageOf(input.target.language);
  if (!to) return [];
  return allText(input.target).flatMap((text, index) =>
    input.glossary.flatMap((term) =>
      term[to].forbidden
        .filter((form) => containsForm(text, form))
        .map((form) => ({
          ...(index > 0 ? { paragraph: index - 1 } : {}),
          message: `"${form}" is not the house spelling: write "${term[to].preferred}"`,
        })),
    ),
  );
}

/**
 * One spelling per name: capitalised words (English) or words (Arabic) that
 * are the same name spelled two ways in one translation, "Salamah" and
 * "Salama", "Hasoun" and "Hassoun", "إدلب" and "ادلب".
 */
function checkNameSpelling({ target }: QaInput): QaFinding[] {
  const arabic = glossaryLanguageOf(target.language) === 'ar';
  const spellings = new Map<string, Set<string>>();
  for (const text of allText(target)) {
    for (const raw of text.split(/[\s,.;:!?()"«»“”،]+/u)) {
      const word = raw.replace(/['’]s$/u, '').replace(/^['’-]+|['’-]+$/gu, '');
      if (arabic ? !ARABIC_SCRIPT.test(word) || word.length < 3 : !/^\p{Lu}\p{L}{2,}/u.test(word)) continue;
      const key = arabic ? foldTerm(word) : nameKey(word);
      const forms = spellings.get(key) ?? new Set<string>();
      forms.add(arabic ? word : word[0].toUpperCase() + word.slice(1));
      spellings.set(key, forms);
    }
  }
  return [...spellings.values()]
    .filter((forms) => forms.size > 1)
    .map((forms) => ({ message: `one name, several spellings: ${[...forms].map((f) => `"${f}"`).join(', ')}` }));
}

/** A Latin name's skeleton: lower case, no marks or apostrophes, doubled letters single, a final h after a vowel dropped. */
function nameKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’-]/g, '')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/([aeiou])h$/u, '$1');
}
