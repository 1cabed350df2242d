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

function canonicalTag(tag: string | undefined): string | undefined {
  const trimmed = tag?.trim().replace(/_/g, '-');
  if (!trimmed) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined; // not BCP 47 ("English"): recorded as declared, not trusted
  }
}

function primarySubtag(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}
