import { DetectedLanguage, detectLanguage } from './language';

/** What a feed said about its language, what the text shows, and which we keep. */
export interface LanguageVerdict {
  /** The declared tag when the text agrees or cannot tell, else the detected one. */
  language: string;
  /** The feed's tag in canonical BCP 47 case ("en-GB"), as declared. */
  declared?: string;
  detected: DetectedLanguage;
}

/**
 * Checks a feed's declared language against the text. The detector only
 * tells Arabic from English, so it confirms a declaration by primary subtag
 * ("en-GB" agrees with "en") and its "und" never overrules one; but a feed
 * that labels Arabic text "en" (a common template default) is corrected.
 */
export function reconcileLanguage(declared: string | undefined, text: string): LanguageVerdict {
  const detected = detectLanguage(text).language;
  const tag = canonicalTag(declared);
  if (tag === undefined) return { language: detected, declared: declared?.trim() || undefined, detected };
  const agrees = detected === 'und' || primarySubtag(tag) === detected;
  return { language: agrees ? tag : detected, declared: tag, detected };
}

/**
 * The declared language as a BCP 47 tag: a tag in canonical case, or a
 * language named in English ("English", "arabic") as its ISO 639-1 code.
 * Anything else is undefined: recorded as declared, never trusted, never sent
 * as the article's language (the contract takes only 2–3 letter primary tags).
 */
export function canonicalTag(tag: string | undefined): string | undefined {
  const trimmed = tag?.trim().replace(/_/g, '-');
  if (!trimmed) return undefined;
  const named = languagesByName().get(trimmed.toLowerCase());
  if (named) return named;
  try {
    const canonical = Intl.getCanonicalLocales(trimmed)[0];
    return /^[a-z]{2,3}(-|$)/.test(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}

let languageByName: Map<string, string> | undefined;

/** "english" → "en", "arabic" → "ar", … for every two-letter code ICU names in English and in Arabic. */
function languagesByName(): Map<string, string> {
  if (languageByName) return languageByName;
  languageByName = new Map();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const namers = ['en', 'ar'].map((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
  for (const a of letters)
    for (const b of letters)
      for (const namer of namers) {
        const name = namer.of(a + b);
        if (name) languageByName.set(name.toLowerCase(), a + b);
      }
  return languageByName;
}

function primarySubtag(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}
