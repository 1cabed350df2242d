/**
 * The Kubernetes resources that follow from the wire contract: Strimzi
 * KafkaTopics (every pipeline topic plus each consumer's retry and
 * dead-letter topics), a KafkaUser per service whose ACLs allow only that
 * service's topics and group, and KEDA ScaledObjects whose maximum replicas
 * is the partition count of the topic they consume. `npm run k8s:topics`
 * writes them; test/docs/k8s-manifests.spec.ts fails when the committed files
 * differ from what this makes, so they cannot drift from libs/contracts.
 */
import { TOPIC_SPECS, Topics } from '@news/contracts';
import {
  DEFAULT_MAX_MESSAGE_BYTES,
  FAILURE_TOPIC_HEADROOM_BYTES,
  PhysicalTopicSpec,
  deadLetterTopicFor,
  retryTopicFor,
  topicConfig,
} from '@news/messaging';

/** The Strimzi `Kafka` resource the topics and users belong to (k8s/strimzi/kafka-cluster). */
export const KAFKA_CLUSTER = 'newsroom-kafka';
export const REPLICAS = 3;
export const MIN_INSYNC_REPLICAS = 2;
/** Failure topics: as batch-runner.ts and the wire intake make them. */
const FAILURE_PARTITIONS = 3;
const RETRY_RETENTION_MS = 7 * 24 * 3600 * 1000;
const DEAD_LETTER_RETENTION_MS = 28 * 24 * 3600 * 1000;

const ALL_TOPICS: string[] = Object.values(Topics);

/**
 * Who reads and writes what: the consumer group of each consuming service
 * (libs/runtime consumerGroup, ingest's wireIntakeGroup) and the topics it
 * produces. publish owns every `news.published.*` topic.
 */
export const SERVICES: readonly { name: string; group?: string; reads: string[]; writes: string[] }[] = [
  { name: 'ingest', group: 'ingest-wire', reads: [Topics.wireRaw], writes: [Topics.ingested] },
  { name: 'translate-queue', group: 'translate-queue', reads: [Topics.ingested], writes: [Topics.ready] },
  { name: 'enrich', group: 'enrich', reads: [Topics.ready], writes: [Topics.enriched] },
  {
    name: 'publish',
    group: 'publish',
    reads: [Topics.enriched],
    writes: ALL_TOPICS.filter((t) => t.startsWith('news.published.')),
  },
];

/** A consuming service's retry topics (per source, per group) and dead-letter topics. */
function failureTopics(service: (typeof SERVICES)[number]): { retry: string[]; deadLetter: string[] } {
  const group = service.group;
  if (group === undefined) return { retry: [], deadLetter: [] };
  // The wire intake dead-letters but does not retry through a topic.
  const retry = service.name === 'ingest' ? [] : service.reads.map((t) => retryTopicFor(t, group));
  return { retry, deadLetter: service.reads.map(deadLetterTopicFor) };
}

export function allTopicSpecs(): (PhysicalTopicSpec & { role: string })[] {
  const failureBytes = DEFAULT_MAX_MESSAGE_BYTES + FAILURE_TOPIC_HEADROOM_BYTES;
  const failure = SERVICES.flatMap((s) => {
    const { retry, deadLetter } = failureTopics(s);
    return [
      ...retry.map((name) => ({ name, role: 'retry', retentionMs: RETRY_RETENTION_MS })),
      ...deadLetter.map((name) => ({ name, role: 'dead-letter', retentionMs: DEAD_LETTER_RETENTION_MS })),
    ].map((t) => ({ ...t, partitions: FAILURE_PARTITIONS, compacted: false, maxMessageBytes: failureBytes }));
  });
  const pipeline = TOPIC_SPECS.map((spec) => ({ ...spec, role: spec.compacted ? 'current-state' : 'pipeline' }));
  return [...pipeline, ...failure];
}

type Yaml = Record<string, unknown>;

const labels = (extra: Record<string, string> = {}) => ({
  'strimzi.io/cluster': KAFKA_CLUSTER,
  'app.kubernetes.io/part-of': 'newsroom',
  ...extra,
});

/** Kubernetes names: lower-case, dots and dashes. Topic names here already are. */
const resourceName = (topic: string) => topic.toLowerCase().replace(/[^a-z0-9.-]/g, '-');

export function kafkaTopics(): Yaml[] {
  return allTopicSpecs().map((spec) => ({
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaTopic',
    metadata: { name: resourceName(spec.name), labels: labels({ 'newsroom/topic-role': spec.role }) },
    spec: {
      topicName: spec.name,
      partitions: spec.partitions,
      replicas: REPLICAS,
      config: Object.fromEntries(
        topicConfig(spec, { minInSyncReplicas: MIN_INSYNC_REPLICAS }).map((e) => [e.name, e.value]),
      ),
    },
  }));
}

const acl = (type: string, name: string | undefined, operations: string[], patternType = 'literal') => ({
  resource: name === undefined ? { type } : { type, name, patternType },
  operations,
  host: '*',
});

export function kafkaUsers(): Yaml[] {
  const users = SERVICES.map((service) => {
    const { retry, deadLetter } = failureTopics(service);
    const reads = [...service.reads, ...retry];
    const writes = [...service.writes, ...retry, ...deadLetter];
    const acls = [
      ...reads.map((t) => acl('topic', t, ['Read', 'Describe'])),
      ...writes.filter((t) => !reads.includes(t)).map((t) => acl('topic', t, ['Write', 'Describe'])),
      ...writes.filter((t) => reads.includes(t)).map((t) => acl('topic', t, ['Write'])),
      // ingest checks at start that every pipeline topic exists (KAFKA_CREATE_TOPICS=false):
      // it must see them, and Describe shows metadata only.
      ...(service.name === 'ingest'
        ? ALL_TOPICS.filter((t) => !reads.includes(t) && !writes.includes(t)).map((t) => acl('topic', t, ['Describe']))
        : []),
      ...(service.group ? [acl('group', service.group, ['Read', 'Describe'])] : []),
      // Transactional ids are `<group>-<instance>-<random>` (transactionalIdFor); ingest's outbox uses its own.
      acl('transactionalId', `${service.group ?? service.name}-`, ['Write', 'Describe'], 'prefix'),
      acl('cluster', undefined, ['IdempotentWrite']),
    ];
    return {
      apiVersion: 'kafka.strimzi.io/v1beta2',
      kind: 'KafkaUser',
      metadata: { name: `newsroom-${service.name}`, labels: labels({ 'app.kubernetes.io/name': service.name }) },
      spec: { authentication: { type: 'scram-sha-512' }, authorization: { type: 'simple', acls } },
    };
  });
  // KEDA reads consumer-group offsets and topic ends to compute lag; nothing more.
  const groups = SERVICES.flatMap((s) => (s.group ? [s.group] : []));
  const keda = {
    apiVersion: 'kafka.strimzi.io/v1beta2',
    kind: 'KafkaUser',
    metadata: { name: 'newsroom-keda', labels: labels({ 'app.kubernetes.io/name': 'keda' }) },
    spec: {
      authentication: { type: 'scram-sha-512' },
      authorization: {
        type: 'simple',
        acls: [
          ...SERVICES.flatMap((s) => s.reads).map((t) => acl('topic', t, ['Describe'])),
          ...groups.map((g) => acl('group', g, ['Describe'])),
        ],
      },
    },
  };
  return [...users, keda];
}

/** Lag per partition above which KEDA adds a replica. */
const LAG_THRESHOLD = '50';

export function scaledObjects(bootstrap: string): Yaml[] {
  return SERVICES.filter((s) => s.name !== 'ingest' && s.group !== undefined).map((service) => {
    const topic = service.reads[0];
    const partitions = TOPIC_SPECS.find((t) => t.name === topic)?.partitions;
    if (partitions === undefined) throw new Error(`${service.name} reads ${topic}, which TOPIC_SPECS does not declare`);
    return {
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'ScaledObject',
      metadata: { name: service.name, labels: { 'app.kubernetes.io/name': service.name } },
      spec: {
        scaleTargetRef: { name: service.name },
        minReplicaCount: 2,
        // One consumer per partition; more replicas would sit idle.
        maxReplicaCount: partitions,
        pollingInterval: 15,
        cooldownPeriod: 300,
        triggers: [
          {
            type: 'kafka',
            metadata: {
              bootstrapServers: bootstrap,
              consumerGroup: service.group,
              topic,
              lagThreshold: LAG_THRESHOLD,
              offsetResetPolicy: 'earliest',
            },
            authenticationRef: { name: 'newsroom-keda-kafka' },
          },
        ],
      },
    };
  });
}

// ------------------------------------------------------------------- YAML

const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

function scalar(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  return PLAIN.test(text) && !RESERVED.test(text) ? text : JSON.stringify(text);
}

function emit(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}[]`];
    return value.flatMap((item) => {
      const lines = emit(item, `${indent}  `);
      return [`${indent}- ${lines[0].trimStart()}`, ...lines.slice(1)];
    });
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return [`${indent}{}`];
    return entries.flatMap(([key, v]) => {
      const k = scalar(key);
      if (v !== null && typeof v === 'object' && Object.keys(v).length > 0)
        return [`${indent}${k}:`, ...emit(v, Array.isArray(v) ? indent : `${indent}  `)];
      return [`${indent}${k}: ${emit(v, '')[0]}`];
    });
  }
  return [`${indent}${scalar(value)}`];
}

export function toYaml(header: string, documents: Yaml[]): string {
  const body = documents.map((doc) => emit(doc, '').join('\n')).join('\n---\n');
  return `${header
    .split('\n')
    .map((l) => `# ${l}`.trimEnd())
    .join('\n')}\n${body}\n`;
}

const HEADER = 'GENERATED by `npm run k8s:topics` from libs/contracts (scripts/k8s/kafka-resources.ts); do not edit.';

/** Every generated file, path relative to the repository root -> its content. */
export function generatedFiles(): Record<string, string> {
  return {
    'k8s/strimzi/topics.generated.yaml': toYaml(
      `${HEADER}\nReplicas ${REPLICAS}, min.insync.replicas ${MIN_INSYNC_REPLICAS}: acks=-1 writes survive one broker down.`,
      kafkaTopics(),
    ),
    'k8s/strimzi/users.generated.yaml': toYaml(
      `${HEADER}\nOne SCRAM-SHA-512 user per service; Strimzi writes its password to a Secret of the same name.`,
      kafkaUsers(),
    ),
    'k8s/overlays/prod/scaledobjects.generated.yaml': toYaml(
      `${HEADER}\nKEDA scales each consumer on its group's lag, up to one replica per partition.`,
      scaledObjects('newsroom-kafka-kafka-bootstrap:9093'),
    ),
  };
}
