import { articleProfileSchema } from '../schemas/article-profile.schema';
import { NEWSROOM_SCHEMA_ID, NINJS_31_SCHEMA_ID } from '../schemas/schema-ids';
import { ArticleEventTypes, ChangeEventTypes, EVENT_TYPE_BY_TOPIC } from '../events/article-events';
import { CloudEventHeaders as H } from '../events/cloud-event-headers';
import { TOPIC_SPECS, TopicName, TopicSpec, Topics } from '../topics';

const KAFKA_BINDING_VERSION = '0.5.0';
const ref = (path: string) => ({ $ref: `#/components/${path}` });

/** What each topic is for, in a consumer's words. */
const CHANNEL_DESCRIPTIONS: Record<TopicName, string> = {
  [Topics.wireRaw]: 'Raw wire documents a feed produces instead of POSTing them to ingest.',
  [Topics.ingested]: 'Every accepted article version, as ingest stored it.',
  [Topics.ready]:
    'Articles ready for enrichment: originals at once, approved translations as their own language versions.',
  [Topics.enriched]: 'Articles with the facts enrich found.',
  [Topics.published]:
    'The current state of every published article, log-compacted: replay it from the start for the whole archive. A kill is the canceled version followed by a tombstone (null value).',
  [Topics.publishedChanges]:
    'Every published version, correction, kill and embargo release as its own event, in order per article, retained for a time (not compacted).',
};

/** The headers every article event carries (CloudEvents binary mode plus the filter headers). */
function headersSchema(type: { const: string } | { enum: string[] }) {
  return {
    type: 'object',
    required: [H.specVersion, H.id, H.type, H.source, H.time, H.language, H.version],
    properties: {
      [H.specVersion]: { const: '1.0' },
      [H.id]: { type: 'string', description: 'Unique per event; the article id and version for publish.' },
      [H.type]: type,
      [H.source]: { type: 'string' },
      [H.time]: { type: 'string', format: 'date-time' },
      [H.subject]: { type: 'string', description: 'The article id.' },
      [H.dataSchema]: { const: NEWSROOM_SCHEMA_ID },
      [H.contentType]: { const: 'application/json; charset=utf-8' },
      [H.correlationId]: { type: 'string' },
      [H.traceParent]: { type: 'string', description: 'W3C trace context.' },
      [H.language]: { type: 'string', description: "The article's language: filter without parsing the value." },
      [H.category]: { type: 'string', description: "The article's category code, when it has one." },
      [H.version]: { type: 'string', pattern: '^[1-9][0-9]*$', description: "The article's version." },
    },
  };
}

function articleMessage(name: string, type: string, summary: string) {
  return {
    name,
    title: name,
    summary,
    contentType: 'application/json',
    headers: headersSchema({ const: type }),
    payload: ref('schemas/Article'),
    bindings: { kafka: { key: ref('schemas/ArticleKey'), bindingVersion: KAFKA_BINDING_VERSION } },
  };
}

const MESSAGES = {
  ArticleIngested: articleMessage('ArticleIngested', ArticleEventTypes.ingested, 'An article as ingest stored it.'),
  ArticleReady: articleMessage('ArticleReady', ArticleEventTypes.ready, 'An article ready for enrichment.'),
  ArticleEnriched: articleMessage('ArticleEnriched', ArticleEventTypes.enriched, 'An article with its facts.'),
  ArticlePublished: articleMessage(
    'ArticlePublished',
    ArticleEventTypes.published,
    'The current version of a published article (pubStatus canceled just before its tombstone when killed).',
  ),
  ArticleTombstone: {
    name: 'ArticleTombstone',
    title: 'ArticleTombstone',
    summary: 'A killed article: null value under its key, so compaction forgets it.',
    headers: headersSchema({ const: ArticleEventTypes.published }),
    payload: { type: 'null' },
    bindings: { kafka: { key: ref('schemas/ArticleKey'), bindingVersion: KAFKA_BINDING_VERSION } },
  },
  ChangePublished: articleMessage('ChangePublished', ChangeEventTypes.published, 'A new version was published.'),
  ChangeCorrected: articleMessage(
    'ChangeCorrected',
    ChangeEventTypes.corrected,
    'A version that corrects the one before; edNote says what changed.',
  ),
  ChangeKilled: articleMessage(
    'ChangeKilled',
    ChangeEventTypes.killed,
    'The article was killed: its canceled version, edNote the kill notice. Its translations are killed too.',
  ),
  ChangeReleased: articleMessage('ChangeReleased', ChangeEventTypes.released, 'An embargoed article was released.'),
  WireDocument: {
    name: 'WireDocument',
    title: 'WireDocument',
    summary: 'A raw wire document (NITF, NewsML-G2, ninjs, RSS/Atom or a page capture), as bytes.',
    payload: { type: 'string' },
    bindings: { kafka: { key: { type: 'string' }, bindingVersion: KAFKA_BINDING_VERSION } },
  },
} as const;

type MessageName = keyof typeof MESSAGES;

function messagesOf(topic: TopicName): MessageName[] {
  if (topic === Topics.wireRaw) return ['WireDocument'];
  if (topic === Topics.published) return ['ArticlePublished', 'ArticleTombstone'];
  if (topic === Topics.publishedChanges)
    return ['ChangePublished', 'ChangeCorrected', 'ChangeKilled', 'ChangeReleased'];
  const type = EVENT_TYPE_BY_TOPIC[topic];
  const byType: Record<string, MessageName> = {
    [ArticleEventTypes.ingested]: 'ArticleIngested',
    [ArticleEventTypes.ready]: 'ArticleReady',
    [ArticleEventTypes.enriched]: 'ArticleEnriched',
  };
  return type && byType[type] ? [byType[type]] : [];
}

function channelId(topic: TopicName): string {
  return topic.replace(/\./g, '_');
}

function topicConfiguration(spec: TopicSpec) {
  return {
    'cleanup.policy': [spec.compacted ? 'compact' : 'delete'],
    ...(spec.retentionMs ? { 'retention.ms': spec.retentionMs } : {}),
  };
}

/** The article schema as AsyncAPI carries it: the self-contained profile, with no $id to fetch. */
function articlePayloadSchema() {
  const { $schema: _schema, $id: _id, ...schema } = articleProfileSchema;
  void _schema;
  void _id;
  return {
    ...schema,
    description: `An IPTC ninjs 3.1 item (${NINJS_31_SCHEMA_ID}) extended by the newsroom schema (${NEWSROOM_SCHEMA_ID}); this is the profile producers and consumers validate against.`,
    externalDocs: {
      url: NEWSROOM_SCHEMA_ID,
      description: 'The extended ninjs 3.1 schema each item names in standard.schema.',
    },
  };
}

/**
 * The AsyncAPI 3 document of every topic, built from the contract itself
 * (topic names and specs, event types, headers, the article schema), so it
 * cannot say something the code does not do.
 */
export function asyncApiDocument() {
  const channels = Object.fromEntries(
    TOPIC_SPECS.map((spec) => [
      channelId(spec.name),
      {
        address: spec.name,
        title: spec.name,
        description: CHANNEL_DESCRIPTIONS[spec.name],
        messages: Object.fromEntries(messagesOf(spec.name).map((m) => [m, ref(`messages/${m}`)])),
        bindings: {
          kafka: {
            topic: spec.name,
            partitions: spec.partitions,
            topicConfiguration: topicConfiguration(spec),
            bindingVersion: KAFKA_BINDING_VERSION,
          },
        },
      },
    ]),
  );
  const operations = Object.fromEntries(
    TOPIC_SPECS.map((spec) => [
      `receive_${channelId(spec.name)}`,
      {
        action: 'receive',
        title: `Consume ${spec.name}`,
        summary: `Read ${spec.name}, keyed by article id so one article's events stay in order.`,
        channel: { $ref: `#/channels/${channelId(spec.name)}` },
        messages: messagesOf(spec.name).map((m) => ({ $ref: `#/channels/${channelId(spec.name)}/messages/${m}` })),
      },
    ]),
  );
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Newsroom pipeline topics',
      version: '1.0.0',
      description:
        'Every Kafka topic of the newsroom pipeline. Events travel as CloudEvents 1.0 in binary mode: attributes in ce_* headers, the article (ninjs 3.1 JSON) as the value, the article id as the key.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: {
      schemas: {
        Article: articlePayloadSchema(),
        ArticleKey: { type: 'string', pattern: '^[0-9a-f]{32}$', description: 'The article id.' },
      },
      messages: MESSAGES,
    },
  };
}
