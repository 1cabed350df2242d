import { CREDIT_ROLES } from './credit-roles';
import { NEWSROOM_SCHEMA_ID, NINJS_31_SCHEMA_ID } from './schema-ids';

const linkedStory = {
  type: 'object',
  additionalProperties: false,
  required: ['headline'],
  properties: { headline: { type: 'string' }, uri: { type: 'string', format: 'uri' } },
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
