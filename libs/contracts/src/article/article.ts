import type { FromSchema } from 'json-schema-to-ts';
import { newsroomPropertySchema } from '../schemas/newsroom-extension.schema';

/**
 * The article as it travels on every topic: an IPTC ninjs 3.1 item. Facts with
 * a ninjs home live in standard properties (credits in `infoSources`, the
 * dateline's place in `located`, category and tag in `subjects`); facts
 * ninjs has no property for live under `newsroom`, the one property our
 * extended schema (`NEWSROOM_SCHEMA_ID`) declares.
 */
export type Article = {
  uri: string;
  type: 'text';
  version: string;
  language: string;
  headlines: Headline[];
  bodies: Body[];
  by?: string;
  located?: string;
  firstCreated: string;
  versionCreated: string;
  pubStatus: 'usable' | 'withheld' | 'canceled';
  /** A note for the receiving newsroom: a correction's note, or a kill's notice (ninjs 3.1 `edNote`). */
  edNote?: string;
  /** Not to be published before this instant (ninjs 3.1 `embargoedUntil`). */
  embargoedUntil?: string;
  subjects?: Subject[];
  places?: Place[];
  organisations?: Organisation[];
  people?: Person[];
  events?: NewsEvent[];
  infoSources?: InfoSource[];
  altIds?: AltId[];
  standard: { name: 'ninjs'; version: '3.1'; schema: string };
  newsroom: NewsroomExtension;
};

export type Headline = {
  role?: string;
  contentType?: string;
  value: string;
};

export type Body = {
  role?: string;
  contentType?: string;
  value: string;
  charCount?: number;
  wordCount?: number;
};

export type Subject = {
  name: string;
  rel?: string;
  uri?: string;
  literal?: string;
  creator?: string;
  relevance?: number;
  confidence?: number;
};

/** A GeoJSON point, longitude first. */
export type GeoPoint = { type: 'Point'; coordinates: [number, number] };

export type Place = {
  name: string;
  rel?: string;
  uri?: string;
  literal?: string;
  geoJSON?: GeoPoint;
};

export type Organisation = {
  name: string;
  rel?: string;
  uri?: string;
  literal?: string;
};

export type Person = {
  name: string;
  rel?: string;
  uri?: string;
  literal?: string;
};

/** ninjs `events` item (named NewsEvent so it does not shadow the DOM/Node Event). */
export type NewsEvent = {
  id?: string;
  name?: string;
  rel?: string;
  uri?: string;
  literal?: string;
};

export type InfoSource = {
  name: string;
  role?: string;
  uri?: string;
};

export type AltId = {
  role?: string;
  value: string;
};

/** What ninjs 3.1 has no property for: derived from its schema, so the type and the schema cannot drift. */
export type NewsroomExtension = FromSchema<typeof newsroomPropertySchema>;

/** A story the page linked to (previous, next, related), by headline as printed. */
export type LinkedStory = NonNullable<NewsroomExtension['links']>['related'][number];

/** Facts the enrich stage found; each says how it was found. */
export type Enrichment = NonNullable<NewsroomExtension['enrichment']>;
