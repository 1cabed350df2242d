// JSON schemas for the Strimzi (kafka.strimzi.io/v1beta2) kinds in k8s/, written
// from the CRD schemas Strimzi 0.45+ installs (packaging/install/cluster-operator/04x-Crd-*.yaml):
// the required fields, types, enums and bounds of the parts these manifests use.
// Stricter than the CRDs in one way: unknown fields in the parts described here
// are refused (the API server would silently prune them), so a typo fails the test.
// No npm package carries Strimzi models; see test/docs/k8s-manifests.spec.ts.

const name = { type: 'string', pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$', maxLength: 253 };
const stringMap = { type: 'object', additionalProperties: { type: 'string' } };
const metadata = (requiredLabels = []) => ({
  type: 'object',
  required: ['name', ...(requiredLabels.length ? ['labels'] : [])],
  properties: {
    name,
    namespace: { type: 'string' },
    labels: { ...stringMap, required: requiredLabels },
    annotations: stringMap,
  },
});
const resource = (kind, spec, requiredLabels = []) => ({
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { const: 'kafka.strimzi.io/v1beta2' },
    kind: { const: kind },
    metadata: metadata(requiredLabels),
    spec,
  },
});

const aclRule = {
  type: 'object',
  required: ['resource'],
  additionalProperties: false,
  properties: {
    type: { enum: ['allow', 'deny'] },
    host: { type: 'string' },
    resource: {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: {
        type: { enum: ['topic', 'group', 'cluster', 'transactionalId'] },
        name: { type: 'string' },
        patternType: { enum: ['literal', 'prefix'] },
      },
      if: { properties: { type: { const: 'cluster' } } },
      then: { not: { anyOf: [{ required: ['name'] }, { required: ['patternType'] }] } },
      else: { required: ['name'] },
    },
    operations: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: {
        enum: [
          'Read',
          'Write',
          'Create',
          'Delete',
          'Alter',
          'Describe',
          'ClusterAction',
          'AlterConfigs',
          'DescribeConfigs',
          'IdempotentWrite',
          'All',
        ],
      },
    },
  },
};

const resources = {
  type: 'object',
  properties: { requests: stringMap, limits: stringMap },
};

export const STRIMZI_SCHEMAS = {
  'kafka.strimzi.io/v1beta2/KafkaTopic': resource(
    'KafkaTopic',
    {
      type: 'object',
      additionalProperties: false,
      required: ['partitions', 'replicas'],
      properties: {
        topicName: { type: 'string', pattern: '^[a-zA-Z0-9._-]{1,249}$' },
        partitions: { type: 'integer', minimum: 1 },
        replicas: { type: 'integer', minimum: 1, maximum: 32767 },
        config: {
          type: 'object',
          additionalProperties: { type: ['string', 'number', 'boolean'] },
        },
      },
    },
    ['strimzi.io/cluster'],
  ),
  'kafka.strimzi.io/v1beta2/KafkaUser': resource(
    'KafkaUser',
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        authentication: {
          type: 'object',
          required: ['type'],
          properties: { type: { enum: ['tls', 'tls-external', 'scram-sha-512'] } },
        },
        authorization: {
          type: 'object',
          required: ['type', 'acls'],
          additionalProperties: false,
          properties: { type: { const: 'simple' }, acls: { type: 'array', items: aclRule } },
        },
        quotas: { type: 'object' },
        template: { type: 'object' },
      },
    },
    ['strimzi.io/cluster'],
  ),
  'kafka.strimzi.io/v1beta2/KafkaNodePool': resource(
    'KafkaNodePool',
    {
      type: 'object',
      additionalProperties: false,
      required: ['replicas', 'roles', 'storage'],
      properties: {
        replicas: { type: 'integer', minimum: 0 },
        roles: { type: 'array', minItems: 1, items: { enum: ['controller', 'broker'] } },
        storage: {
          type: 'object',
          required: ['type'],
          properties: {
            type: { enum: ['ephemeral', 'persistent-claim', 'jbod'] },
            volumes: {
              type: 'array',
              items: {
                type: 'object',
                required: ['type'],
                additionalProperties: false,
                properties: {
                  id: { type: 'integer', minimum: 0 },
                  type: { enum: ['ephemeral', 'persistent-claim'] },
                  size: { type: 'string' },
                  class: { type: 'string' },
                  deleteClaim: { type: 'boolean' },
                  kraftMetadata: { enum: ['shared'] },
                },
              },
            },
          },
        },
        resources,
        jvmOptions: { type: 'object' },
        template: { type: 'object' },
      },
    },
    ['strimzi.io/cluster'],
  ),
  'kafka.strimzi.io/v1beta2/Kafka': resource('Kafka', {
    type: 'object',
    required: ['kafka'],
    properties: {
      kafka: {
        type: 'object',
        required: ['listeners'],
        properties: {
          version: { type: 'string' },
          metadataVersion: { type: 'string' },
          replicas: { type: 'integer' },
          listeners: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['name', 'port', 'type', 'tls'],
              properties: {
                name: { type: 'string', pattern: '^[a-z0-9]{1,11}$' },
                port: { type: 'integer', minimum: 9092 },
                type: { enum: ['internal', 'route', 'loadbalancer', 'nodeport', 'ingress', 'cluster-ip'] },
                tls: { type: 'boolean' },
                authentication: {
                  type: 'object',
                  required: ['type'],
                  properties: { type: { enum: ['tls', 'scram-sha-512', 'oauth', 'custom'] } },
                },
              },
            },
          },
          authorization: {
            type: 'object',
            required: ['type'],
            properties: { type: { enum: ['simple', 'opa', 'keycloak', 'custom'] } },
          },
          rack: { type: 'object', required: ['topologyKey'], properties: { topologyKey: { type: 'string' } } },
          config: { type: 'object' },
        },
      },
      entityOperator: {
        type: 'object',
        additionalProperties: false,
        properties: {
          topicOperator: { type: 'object' },
          userOperator: { type: 'object' },
          template: { type: 'object' },
        },
      },
    },
  }),
};
