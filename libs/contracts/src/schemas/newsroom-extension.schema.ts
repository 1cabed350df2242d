import { CREDIT_ROLES } from './credit-roles';
import { NEWSROOM_SCHEMA_ID, NINJS_31_SCHEMA_ID } from './schema-ids';

const linkedStory = {
  type: 'object',
  additionalProperties: false,
  required: ['headline'],
  properties: { headline: { type: 'string' }, uri: { type: 'string', format: 'uri' } },
} as const;

/** Where an entity stood in the plain-text body: as written, UTF-16 offsets, 0-based paragraph. */
const mention = {
  type: 'object',
  additionalProperties: false,
  required: ['text', 'start', 'end', 'paragraph'],
  properties: {
    text: { type: 'string' },
    start: { type: 'integer', minimum: 0 },
    end: { type: 'integer', minimum: 0 },
    paragraph: { type: 'integer', minimum: 0 },
  },
} as const;

const mentions = { type: 'array', items: mention } as const;
const confidence = { type: 'number', minimum: 0, maximum: 1 } as const;
const canonicalNames = { nameEn: { type: 'string' }, nameAr: { type: 'string' } } as const;

/** Entities enrich found in the text (issue 12). Ids are the same for an Arabic original and its translation. */
const entities = {
  type: 'object',
  additionalProperties: false,
  required: ['places', 'organisations', 'people', 'dates', 'counts'],
  properties: {
    places: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'nameEn', 'featureType', 'latitude', 'longitude', 'confidence', 'mentions'],
        properties: {
          id: {
            type: 'string',
            description: '"geonames:<id>" where GeoNames has the place, else "sy:<slug>" from the supplement.',
          },
          ...canonicalNames,
          featureType: {
            enum: [
              'country',
              'governorate',
              'district',
              'subdistrict',
              'city',
              'town',
              'village',
              'camp',
              'neighbourhood',
              'region',
            ],
          },
          geonamesId: { type: 'integer' },
          latitude: { type: 'number', minimum: -90, maximum: 90 },
          longitude: { type: 'number', minimum: -180, maximum: 180 },
          governorate: { type: 'string', description: 'English name of the governorate the place is in.' },
          district: { type: 'string', description: 'English name of the district the place is in.' },
          confidence,
          mentions,
          relative: {
            type: 'array',
            description: 'Relative locations anchored on this place, kept as text: "38 kilometres south of Idlib".',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['text', 'distanceKm', 'direction'],
              properties: {
                text: { type: 'string' },
                distanceKm: { type: 'number', minimum: 0 },
                direction: { type: 'string' },
              },
            },
          },
        },
      },
    },
    organisations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'nameEn', 'nameAr', 'kind', 'confidence', 'mentions'],
        properties: {
          id: { type: 'string', description: '"wikidata:Q…" where Wikidata has the actor, else "actor:<slug>".' },
          ...canonicalNames,
          wikidata: { type: 'string', pattern: '^Q[0-9]+$' },
          kind: { enum: ['armed-group', 'state-forces', 'foreign-forces', 'coalition', 'organisation', 'media'] },
          confidence,
          mentions,
        },
      },
    },
    people: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'role', 'anonymous', 'quoted', 'mentions'],
        properties: {
          id: { type: 'string' },
          ...canonicalNames,
          name: { type: 'string', description: 'The name as first written; absent for an anonymous source.' },
          title: { type: 'string' },
          role: { type: 'string', description: 'e.g. "commander", "military source", "spokesman".' },
          affiliation: { type: 'string', description: 'Id of the organisation the person speaks for.' },
          anonymous: { type: 'boolean' },
          quoted: { type: 'boolean' },
          mentions,
        },
      },
    },
    dates: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['phrase', 'value', 'precision', 'mention'],
        properties: {
          phrase: { type: 'string' },
          value: {
            type: 'string',
            description: "The resolved day (YYYY-MM-DD) or month (YYYY-MM), in the feed's zone.",
          },
          precision: { enum: ['day', 'month', 'week'] },
          part: { enum: ['early', 'mid', 'late'] },
          relative: { type: 'boolean', description: 'True when the phrase needed the publish date to resolve.' },
          mention,
        },
      },
    },
    counts: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['category', 'value', 'approximate', 'eventType', 'subEventType', 'evidence', 'confidence'],
        properties: {
          category: { enum: ['killed', 'injured', 'captured', 'displaced', 'members'] },
          value: { type: 'integer', minimum: 0 },
          approximate: { type: 'boolean', description: '"nearly 400", "dozens", "hundreds".' },
          who: { type: 'string', description: 'The noun counted: "civilians", "members".' },
          eventType: { type: 'string', description: 'ACLED event type, e.g. "Battles".' },
          subEventType: { type: 'string', description: 'ACLED sub-event type, e.g. "Armed clash".' },
          actor1: { type: 'string' },
          actor2: { type: 'string' },
          place: { type: 'string' },
          date: { type: 'string' },
          evidence: mention,
          confidence,
        },
      },
    },
  },
} as const;

/**
 * The `newsroom` property: the facts ninjs 3.1 has no home for. The
 * TypeScript types (NewsroomExtension, Credit, Dateline, LinkedStory,
 * Enrichment) are derived from this object, so the schema is the one place
 * a field is added.
 */
export const newsroomPropertySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['articleId', 'source', 'credits'],
  properties: {
    articleId: { type: 'string', pattern: '^[0-9a-f]{32}$' },
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['feed', 'guid'],
      properties: { feed: { type: 'string', minLength: 1 }, guid: { type: 'string', minLength: 1 } },
    },
    dateline: {
      type: 'object',
      additionalProperties: false,
      required: ['place', 'text'],
      properties: {
        place: { type: 'string', description: 'The place as printed, e.g. "Idlib" or "ريف دمشق".' },
        agency: { type: 'string', description: 'The filing agency as printed, e.g. "SMART" or "سمارت".' },
        text: { type: 'string', description: 'The dateline exactly as it stood in the source.' },
      },
    },
    credits: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'role'],
        properties: { name: { type: 'string', minLength: 1 }, role: { enum: [...CREDIT_ROLES] } },
      },
    },
    translation: {
      type: 'object',
      additionalProperties: false,
      required: ['fromLanguage'],
      properties: { fromLanguage: { type: 'string' }, originalUri: { type: 'string', format: 'uri' } },
    },
    intake: {
      type: 'object',
      additionalProperties: false,
      description: 'How ingest read the story where the feed left it to make do.',
      properties: {
        encoding: {
          type: 'string',
          description:
            'The encoding the document was read in and how it was chosen: "<encoding> (declared)", "<encoding> (bom)", "utf-8" (the bytes were UTF-8) or "fallback windows-1252".',
        },
        dateSource: {
          enum: ['item', 'feed', 'received'],
          description:
            "Where versionCreated came from: the item's own date, its feed's (an undated RSS/Atom item), or the time ingest received it.",
        },
        brief: {
          type: 'boolean',
          description:
            'The item had no body: its headline (an RSS title with its link) or description stands in for one.',
        },
      },
    },
    correction: {
      type: 'boolean',
      description: 'This version corrects the one before; `edNote` says what was corrected.',
    },
    links: {
      type: 'object',
      additionalProperties: false,
      required: ['related'],
      properties: { previous: linkedStory, next: linkedStory, related: { type: 'array', items: linkedStory } },
    },
    enrichment: {
      type: 'object',
      additionalProperties: false,
      required: ['detectedLanguage', 'languageMatchesDeclared', 'wordCount', 'paragraphCount'],
      properties: {
        detectedLanguage: { type: 'string' },
        languageMatchesDeclared: { type: 'boolean' },
        wordCount: { type: 'integer', minimum: 0 },
        paragraphCount: { type: 'integer', minimum: 0 },
        datelinePlace: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'latitude', 'longitude', 'source'],
          properties: {
            name: { type: 'string' },
            latitude: { type: 'number', minimum: -90, maximum: 90 },
            longitude: { type: 'number', minimum: -180, maximum: 180 },
            source: { const: 'gazetteer' },
          },
        },
        entities,
      },
    },
  },
} as const;

/**
 * The extended schema, made the way IPTC's extension example is: its own $id,
 * an allOf that references the official ninjs 3.1 type by $id (not a copy),
 * and one declared extension property. Each item names it in `standard.schema`.
 * The official root closes the object with unevaluatedProperties, so we
 * reference its `ninjsType` definition and close the object here instead.
 */
export const newsroomNinjsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: NEWSROOM_SCHEMA_ID,
  title: 'ninjs 3.1 as published by the newsroom pipeline',
  type: 'object',
  allOf: [{ $ref: `${NINJS_31_SCHEMA_ID.replace(/#$/, '')}#/$defs/ninjsType` }],
  required: ['uri', 'newsroom'],
  properties: { newsroom: newsroomPropertySchema },
  unevaluatedProperties: false,
} as const;
