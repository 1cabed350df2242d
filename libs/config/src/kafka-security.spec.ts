import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServiceConfig } from './service-config';

const load = (env: Record<string, string>) => loadServiceConfig('enrich', 3003, env).kafka;

describe('Kafka security settings', () => {
  it('connects in plaintext, creating topics with one replica, when nothing is set', () => {
    expect(load({})).toMatchObject({ tls: undefined, sasl: undefined, createTopics: true, replicationFactor: 1 });
  });

  it('logs in with SCRAM-SHA-512 over TLS with the cluster CA read from its file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-ca-'));
    writeFileSync(join(dir, 'ca.crt'), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const kafka = load({
      KAFKA_SSL_CA_FILE: join(dir, 'ca.crt'),
      KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
      KAFKA_SASL_USERNAME: 'newsroom-enrich',
      KAFKA_SASL_PASSWORD: 'p4ss',
    });
    expect(kafka.tls?.ca).toContain('BEGIN CERTIFICATE');
    expect(kafka.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'newsroom-enrich', password: 'p4ss' });
  });

  it('turns TLS on without a CA file to trust the system roots, as managed clusters need', () => {
    expect(load({ KAFKA_SSL: 'true' }).tls).toEqual({ ca: undefined, cert: undefined, key: undefined });
  });

  it('refuses a SASL mechanism without the password, naming the missing variable', () => {
    expect(() => load({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u' })).toThrow(
      /^configuration: KAFKA_SASL_PASSWORD is needed with KAFKA_SASL_MECHANISM=plain$/,
    );
  });

  it('never echoes a refused password', () => {
    expect(() => load({ KAFKA_SASL_PASSWORD: 'hunter2' })).toThrow(/^(?!.*hunter2)/);
  });

  it('refuses min.insync.replicas above the replication factor, which would fail every acks=-1 write', () => {
    expect(() => load({ KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '4' })).toThrow(
      /KAFKA_MIN_INSYNC_REPLICAS must not exceed KAFKA_REPLICATION_FACTOR \(3\)/,
    );
    expect(
      load({ KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2', KAFKA_CREATE_TOPICS: 'false' }),
    ).toMatchObject({ replicationFactor: 3, minInSyncReplicas: 2, createTopics: false });
  });
});
