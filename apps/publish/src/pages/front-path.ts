const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const CATEGORY_CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A path segment that names a language ISO 639 knows: "ar", "en"; not "v1", "metrics" or "zz". */
export function isFrontLanguage(segment: string): boolean {
  return LANGUAGE_CODE.test(segment) && names.of(segment) !== undefined;
}

/** A category code as ingest writes them ("military", "local-news"). */
export function isFrontCategory(segment: string): boolean {
  return CATEGORY_CODE.test(segment);
}
