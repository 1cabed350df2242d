/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: attributes travel as
 * `ce_`-prefixed headers and the value is the bare data, so a consumer in any
 * language reads the article without our code.
 */
export const CloudEventHeaders = {
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  time: 'ce_time',
  specVersion: 'ce_specversion',
  subject: 'ce_subject',
  dataSchema: 'ce_dataschema',
  contentType: 'content-type',
  correlationId: 'correlation_id',
  traceParent: 'traceparent',
  /** The article's language, so a consumer can filter without parsing the value. */
  language: 'ce_language',
  /** The article's category code (its `subjects` entry with rel "category"), when it has one. */
  category: 'ce_category',
  /** The article's version, as in its `version` property. */
  version: 'version',
} as const;

export const CLOUDEVENTS_SPEC_VERSION = '1.0';
