import { newsroomPropertySchema } from './newsroom-extension.schema';

const text = { type: 'string', minLength: 1 } as const;
const uri = { type: 'string', format: 'uri' } as const;
const score = { type: 'integer', minimum: 0, maximum: 100 } as const;

/** The ninjs 3.1 shape shared by places, organisations and people: a name with an optional rel, uri and literal. */
const namedThing = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string' }, rel: { type: 'string' }, uri, literal: { type: 'string' } },
} as const;

/**
 * What every article on our topics must have: the newsroom's profile of
 * ninjs 3.1. Producers validate before sending and consumers after receiving
 * against this one schema. It is self-contained so services need no copy of
 * the official schema at run time; a contract test checks every produced
 * item against the official schema as well.
 */
export const articleProfileSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.newsroom.example/article-profile-1.0.json',
  type: 'object',
  required: [
    'uri',
    'type',
    'version',
    'language',
    'headlines',
    'bodies',
    'firstCreated',
    'versionCreated',
    'pubStatus',
    'standard',
    'newsroom',
  ],
  properties: {
    uri: { type: 'string', format: 'uri' },
    type: { const: 'text' },
    version: { type: 'string', pattern: '^[1-9][0-9]*$' },
    language: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' },
    headlines: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', required: ['value'], properties: { value: text } },
    },
    bodies: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', required: ['value'], properties: { value: text } },
    },
    firstCreated: { type: 'string', format: 'date-time' },
    versionCreated: { type: 'string', format: 'date-time' },
    pubStatus: { enum: ['usable', 'withheld', 'canceled'] },
    edNote: { type: 'string' },
    embargoedUntil: { type: 'string', format: 'date-time' },
    standard: {
      type: 'object',
      required: ['name', 'version', 'schema'],
      properties: { name: { const: 'ninjs' }, version: { const: '3.1' }, schema: { type: 'string' } },
    },
    subjects: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          ...namedThing.properties,
          creator: { type: 'string' },
          relevance: score,
          confidence: score,
        },
      },
    },
    places: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          ...namedThing.properties,
          geoJSON: {
            type: 'object',
            required: ['type', 'coordinates'],
            properties: {
              type: { const: 'Point' },
              coordinates: { type: 'array', minItems: 2, maxItems: 2, items: { type: 'number' } },
            },
          },
        },
      },
    },
    organisations: { type: 'array', items: namedThing },
    people: { type: 'array', items: namedThing },
    events: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          rel: { type: 'string' },
          uri,
          literal: { type: 'string' },
        },
      },
    },
    newsroom: newsroomPropertySchema,
  },
} as const;
