import { CreditRole } from '@news/contracts';
import { lookupTable } from '@news/text';

// Role codes as the formats print them, reduced to their last segment and
// lower case: G2 "crol:author", ninjs infoSources roles, URIs ending in
// "/translator", NITF byline titles ("AP Business Writer" → "writer").
const ROLES: Readonly<Record<string, CreditRole>> = lookupTable({
  author: 'writer',
  writer: 'writer',
  reporter: 'reporter',
  correspondent: 'reporter',
  editor: 'editor',
  translator: 'translator',
  translationeditor: 'translation-editor',
  'translation-editor': 'translation-editor',
});

/** A role code → our credit role; undefined for roles we do not credit (photographer, source...). */
export function creditRoleOf(code: string | undefined): CreditRole | undefined {
  if (!code) return undefined;
  const last = code.trim().toLowerCase().split(/[:/#]/).pop() ?? '';
  return ROLES[last] ?? ROLES[last.replace(/[\s_]/g, '')];
}

/** A job title in a byline ("AP Business Writer", "Staff Writers") → role, by its last word. */
export function creditRoleOfTitle(title: string | undefined): CreditRole | undefined {
  const lastWord = title?.trim().split(/\s+/).pop() ?? '';
  return creditRoleOf(lastWord) ?? creditRoleOf(lastWord.replace(/s$/i, ''));
}
