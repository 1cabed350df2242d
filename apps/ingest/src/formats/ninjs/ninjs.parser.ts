import { Credit } from '@news/contracts';
import { BodySource } from '../body/story-body';
import { ParseOptions } from '../parse-options';
import { ParsedArticle } from '../parsed-article';
import { ArticleDraft, finishArticle } from '../rules/article-draft';
import { creditRoleOf } from '../rules/credit-roles';
import { JsonObject, objectsOf, parseJsonObject, stringOf } from './json-values';
import { FIELD_NAMES, NinjsGeneration, generationOf, scalarText } from './ninjs-dialect';

/** IPTC ninjs 1.x, 2.x or 3.x JSON → one story. */
export function parseNinjs(text: string, options: ParseOptions): ParsedArticle {
  const item = parseJsonObject(text);
  return finishArticle(draftOf(item, generationOf(item)), options);
}

function draftOf(item: JsonObject, generation: NinjsGeneration): ArticleDraft {
  const names = FIELD_NAMES[generation];
  // firstCreated stands in only when the item has no version date at all.
  const dateField =
    item[names.versionCreated] === undefined && item[names.firstCreated] !== undefined
      ? names.firstCreated
      : names.versionCreated;
  const flat = generation === 1;
  return {
    guid: stringOf(item.uri) ?? stringOf(item.guid),
    headline: flat
      ? { value: stringOf(item.headline), pointer: 'headline' }
      : { value: mainHeadline(item.headlines), pointer: 'headlines' },
    body: flat ? { ...flatBody(item), pointer: 'body_text' } : { ...bodiesOf(item.bodies), pointer: 'bodies' },
    standIn: descriptionsOf(item),
    published: { value: stringOf(item[dateField]), pointer: dateField, form: 'iso' },
    credits: creditsOf(item[names.infoSources]),
    byline: stringOf(item[names.byline]),
    ...subjectsOf(item[names.subjects], flat),
    datelinePlace: stringOf(item.located),
    declaredLanguage: stringOf(item.language),
    ...translationOf(item),
  };
}

/** A ninjs association that names this item's original: rel "translationOf" (or "original"). */
function translationOf(item: JsonObject): Pick<ArticleDraft, 'translatedFrom' | 'originalGuid'> {
  const original = objectsOf(item.associations).find((a) => /^(translation-?of|original)$/i.test(scalarText(a.rel)));
  if (!original) return {};
  return { translatedFrom: stringOf(original.language), originalGuid: stringOf(original.uri) };
}

function mainHeadline(headlines: unknown): string | undefined {
  const all = objectsOf(headlines);
  const main = all.find((h) => h.role === 'main' && stringOf(h.value)) ?? all.find((h) => stringOf(h.value));
  return stringOf(main?.value);
}

/** 1.x: body_html or body_xhtml, and body_text. */
function flatBody(item: JsonObject): BodySource {
  return { html: stringOf(item.body_html) ?? stringOf(item.body_xhtml), text: stringOf(item.body_text) };
}

/**
 * A text item sent as headline and description only (an alert, a brief): the
 * description stands in for the body. 2.x/3.x `descriptions`, or 1.x's
 * `description_html` / `description_text`, whichever the item has.
 */
function descriptionsOf(item: JsonObject): BodySource {
  const listed = bodiesOf(item.descriptions);
  return {
    html: listed.html ?? stringOf(item.description_html),
    text: listed.text ?? stringOf(item.description_text),
  };
}

/** 2.x/3.x: the first HTML rendition and the first plain one (bodies, descriptions); no content type is plain text. */
function bodiesOf(bodies: unknown): BodySource {
  const typed = objectsOf(bodies).map((body) => ({
    type: scalarText(body.contentType ?? body.contenttype) || 'text/plain',
    value: stringOf(body.value),
  }));
  return {
    html: typed.find((body) => body.type.includes('html') && body.value)?.value,
    text: typed.find((body) => body.type.startsWith('text/plain') && body.value)?.value,
  };
}

/** infoSources whose role is a newsroom role; publishers, agencies and the like stay out. */
function creditsOf(infoSources: unknown): Credit[] {
  return objectsOf(infoSources).flatMap((source) => {
    const role = creditRoleOf(stringOf(source.role));
    const name = stringOf(source.name);
    return role && name ? [{ name, role }] : [];
  });
}

/**
 * Subjects → tags by name; one with rel "category" (as our own ninjs marks
 * it) → the category, coded by its literal (3.x/2.x) or code (1.x).
 */
function subjectsOf(subjects: unknown, flat: boolean): { category?: { code: string; label: string }; tags: string[] } {
  const all = objectsOf(subjects);
  const marked = all.find((s) => s.rel === 'category' && stringOf(s.name));
  const code = stringOf(flat ? marked?.code : marked?.literal) ?? stringOf(marked?.name);
  const category = marked && code ? { code, label: String(marked.name) } : undefined;
  const tags = all
    .filter((s) => s !== marked)
    .flatMap((s) => stringOf(s.name) ?? stringOf(s.literal) ?? stringOf(s.code) ?? []);
  return { category, tags };
}
