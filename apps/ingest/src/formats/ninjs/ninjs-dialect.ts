import { JsonObject } from './json-values';

/**
 * The ninjs generations name the same facts differently: 1.x has flat
 * `headline`, `body_html`/`body_text`, `byline`, `subject`; 2.x moved to
 * arrays (`headlines`, `bodies`, `subjects`) and `by`; 3.x kept 2.x's shape
 * in camelCase (`versionCreated`, `contentType`, `infoSources`).
 */
export type NinjsGeneration = 1 | 2 | 3;

export interface NinjsFieldNames {
  versionCreated: string;
  firstCreated: string;
  contentType: string;
  infoSources: string;
  subjects: string;
  byline: string;
}

export const FIELD_NAMES: Readonly<Record<NinjsGeneration, NinjsFieldNames>> = {
  1: {
    versionCreated: 'versioncreated',
    firstCreated: 'firstcreated',
    contentType: 'contenttype',
    infoSources: 'infosource',
    subjects: 'subject',
    byline: 'byline',
  },
  2: {
    versionCreated: 'versioncreated',
    firstCreated: 'firstcreated',
    contentType: 'contenttype',
    infoSources: 'infosources',
    subjects: 'subjects',
    byline: 'by',
  },
  3: {
    versionCreated: 'versionCreated',
    firstCreated: 'firstCreated',
    contentType: 'contentType',
    infoSources: 'infoSources',
    subjects: 'subjects',
    byline: 'by',
  },
};

// Names only 3.x spells in camelCase; any one of them settles 2 versus 3.
const CAMEL_CASE_ONLY = [
  'versionCreated',
  'firstCreated',
  'contentCreated',
  'pubStatus',
  'infoSources',
  'altIds',
  'copyrightHolder',
];

/** A JSON scalar as text; anything else (an object, an array, nothing) as ''. */
export function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** The generation the item declares in `standard.version`, else the one its field names show. */
export function generationOf(item: JsonObject): NinjsGeneration {
  const standard = item.standard as JsonObject | undefined;
  const declared = Number(scalarText(standard?.version).split('.')[0]);
  if (declared === 1 || declared === 2 || declared === 3) return declared;
  if (CAMEL_CASE_ONLY.some((name) => name in item)) return 3;
  return 'headlines' in item || 'bodies' in item ? 2 : 1;
}
