import { CREDIT_ROLES, Credit, CreditRole } from '@news/contracts';
import { detectLanguage, normalizeText } from '@news/text';
import { IntakeError } from '../intake-error';
import { ParsedArticle } from '../parsed-article';

type Json = Record<string, unknown>;

/**
 * IPTC ninjs 3.x JSON (camelCase: headlines, bodies, versionCreated,
 * infoSources). Older 1.x/2.x field names arrive with the formats issue.
 */
export function parseNinjs(text: string): ParsedArticle {
  const item = parseJsonObject(text);
  const headline = firstValue(item.headlines);
  if (!headline) throw new IntakeError('UNUSABLE', 'the item has no headline (headlines[0].value)', 'headlines');
  const paragraphs = paragraphsOf(item.bodies);
  if (paragraphs.length === 0) throw new IntakeError('UNUSABLE', 'the item has no text body (bodies[].value)', 'bodies');
  const detected = detectLanguage(`${headline}\n${paragraphs.join('\n')}`).language;
  return {
    guid: stringOf(item.uri),
    headline: normalizeText(headline),
    paragraphs,
    credits: creditsOf(item.infoSources),
    byline: stringOf(item.by),
    publishedAt: instantOf(item.versionCreated ?? item.firstCreated),
    tags: subjectsWithRel(item.subjects, 'tag'),
    category: categoryOf(item.subjects),
    dateline: stringOf(item.located) ? { place: String(item.located), text: String(item.located) } : undefined,
    language: stringOf(item.language) ?? (detected === 'und' ? 'und' : detected),
    links: { related: [] },
  };
}

function parseJsonObject(text: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new IntakeError('MALFORMED', `the body is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new IntakeError('MALFORMED', 'a ninjs item must be a JSON object');
  return value as Json;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : [];
}

function firstValue(value: unknown): string | undefined {
  return objects(value).map((h) => stringOf(h.value)).find(Boolean);
}

function paragraphsOf(bodies: unknown): string[] {
  const all = objects(bodies);
  const plain = all.find((b) => !b.contentType || String(b.contentType).startsWith('text/plain'));
  const html = all.find((b) => String(b.contentType ?? '').includes('html'));
  const source = stringOf(plain?.value) ?? stripTags(stringOf(html?.value) ?? '');
  return source.split(/\n\s*\n/).map(normalizeText).filter(Boolean);
}

/** Until the sanitiser lands, HTML bodies keep only their text, one paragraph per block. */
function stripTags(html: string): string {
  return html.replace(/<\/(p|div|h\d|li)>/gi, '\n\n').replace(/<[^>]*>/g, ' ');
}

function creditsOf(infoSources: unknown): Credit[] {
  return objects(infoSources)
    .filter((s) => stringOf(s.name) && (CREDIT_ROLES as readonly string[]).includes(String(s.role)))
    .map((s) => ({ name: String(s.name).trim(), role: s.role as CreditRole }));
}

function subjectsWithRel(subjects: unknown, rel: string): string[] {
  return objects(subjects)
    .filter((s) => s.rel === rel && stringOf(s.name))
    .map((s) => String(s.name));
}

function categoryOf(subjects: unknown): ParsedArticle['category'] {
  const category = objects(subjects).find((s) => s.rel === 'category' && stringOf(s.name));
  if (!category) return undefined;
  return { code: stringOf(category.literal) ?? String(category.name), label: String(category.name) };
}

function instantOf(value: unknown): string {
  const text = stringOf(value);
  if (!text) throw new IntakeError('UNUSABLE', 'the item has no versionCreated or firstCreated date', 'versionCreated');
  const date = new Date(text);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    throw new IntakeError('UNUSABLE', `versionCreated "${text}" is not an ISO 8601 date-time`, 'versionCreated');
  }
  return date.toISOString();
}
