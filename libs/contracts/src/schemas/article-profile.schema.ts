import { newsroomPropertySchema } from './newsroom-extension.schema';

const text = { type: 'string', minLength: 1 } as const;

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
    standard: {
      type: 'object',
      required: ['name', 'version', 'schema'],
      properties: { name: { const: 'ninjs' }, version: { const: '3.1' }, schema: { type: 'string' } },
    },
    newsroom: newsroomPropertySchema,
  },
} as const;
