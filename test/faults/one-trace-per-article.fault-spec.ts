import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Kafka } from 'kafkajs';
import { CloudEventHeaders as H, Topics, physicalTopic } from '@news/contracts';
import { createKafka, headerText } from '@news/messaging';
import { testInfrastructure, uniqueRunPrefix, waitForKey } from '@news/testing';
import { dropTopics } from '../support/pipeline';
import { dropSchemas } from '../support/schemas';
import { CollectedSpan, OtlpCollector, OtlpKind } from './support/otlp-collector';
import { ServiceProcess } from './support/service-process';

/**
 * Issue 15's proof that traces join up: one article posted to ingest and
 * read back from news.published.v1 makes ONE trace across the four services.
 * It lives with the process tests (not test/e2e, whose harness runs the
 * services inside the test process under one tracer provider) because only
 * separate processes prove the trace crosses Kafka in the events' headers,
 * that each service names itself, and that OTEL_EXPORTER_OTLP_ENDPOINT
 * switches the exporter on as an operator would: the spans arrive at an
 * OTLP/HTTP receiver of the test's own.
 */
jest.setTimeout(300_000);

const SERVICES = ['ingest', 'translate-queue', 'enrich', 'publish'] as const;
const REFERENCE = readFileSync(join(__dirname, '../fixtures/smart-2018-02-13-idlib.txt'));
const RUN_DIR = join(__dirname, '../../.run/faults');
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;
const KIND_NAMES: Record<number, string> = { 2: 'SERVER', 4: 'PRODUCER', 5: 'CONSUMER' };

describe('one trace from the POST to the published event (built services as processes, spans over OTLP)', () => {
  const prefix = uniqueRunPrefix('traces');
  const collector = new OtlpCollector();
  const services = new Map<string, ServiceProcess>();
  let kafka: Kafka;

  beforeAll(async () => {
    mkdirSync(RUN_DIR, { recursive: true });
    await collector.open();
    const env = {
      KAFKA_BROKERS: testInfrastructure.kafkaBrokers.join(','),
      DATABASE_URL: testInfrastructure.databaseUrl,
      REDIS_URL: testInfrastructure.redisUrl,
      TOPIC_PREFIX: prefix,
      PG_SCHEMA_PREFIX: `${prefix}_`,
      FEED_AUTH: 'off',
      LOG_LEVEL: 'warn',
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      // The SDK's own variable: a batch leaves after 200 ms, not 5 s.
      OTEL_BSP_SCHEDULE_DELAY: '200',
    };
    for (const name of SERVICES) {
      const log = join(RUN_DIR, `${prefix}-${name}.log`);
      services.set(name, new ServiceProcess(name, await freePort(), { ...env, INSTANCE_ID: `traces-${name}` }, log));
    }
    // Nothing orders the start: consumers wait for the topics ingest makes.
    await Promise.all([...services.values()].map((service) => service.start()));
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'traces-reader' });
  });

  afterAll(async () => {
    await Promise.all([...services.values()].map((service) => service.stop()));
    await collector.close();
    await dropTopics(prefix);
    await dropSchemas(prefix);
  });

  it('follows the reference article from ingest’s SERVER span to the send that put it on news.published.v1', async () => {
    const response = await fetch(`${services.get('ingest')!.url}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: REFERENCE,
    });
    expect(response.status).toBe(202);
    const { articleId } = (await response.json()) as { articleId: string };

    const published = await waitForKey(
      kafka,
      physicalTopic(prefix, Topics.published),
      articleId,
      `${prefix}.reader`,
      180_000,
    );
    const traceParent = headerText(published.headers, H.traceParent) ?? '';
    expect(traceParent).toMatch(TRACEPARENT);
    const [, traceId, sentBy] = TRACEPARENT.exec(traceParent)!;

    const post = await spanWhere((s) => s.service === 'ingest' && s.kind === OtlpKind.server);
    expect(post).toMatchObject({ name: 'POST /v1/articles', traceId, parentSpanId: undefined });

    const spans = await settledTrace(traceId, sentBy);
    expect(pathTo(sentBy, spans)).toEqual([
      `publish PRODUCER send ${prefix}.news.published.v1`,
      `publish CONSUMER process ${prefix}.news.enriched.v1`,
      `enrich PRODUCER send ${prefix}.news.enriched.v1`,
      `enrich CONSUMER process ${prefix}.news.ready.v1`,
      `translate-queue PRODUCER send ${prefix}.news.ready.v1`,
      `translate-queue CONSUMER process ${prefix}.news.ingested.v1`,
      `ingest PRODUCER send ${prefix}.news.ingested.v1`,
      'ingest SERVER POST /v1/articles',
    ]);
    expect(new Set(spans.map((s) => s.service))).toEqual(new Set(SERVICES));
    expect(orphans(spans)).toEqual([]);
    expect(spans.filter((s) => !s.parentSpanId)).toEqual([post]);
  });

  /** The first collected span that matches, waiting for the exporters' next batches. */
  async function spanWhere(match: (span: CollectedSpan) => boolean): Promise<CollectedSpan | undefined> {
    await until(() => collector.spans.some(match), Date.now() + 60_000);
    return collector.spans.find(match);
  }

  /**
   * The trace's spans once the send named by the published event's header
   * has arrived and every span's parent has too (each process exports on
   * its own schedule, so a child may come before its parent). On a deadline
   * it returns what there is, for the assertions to show what is missing.
   */
  async function settledTrace(traceId: string, lastSend: string): Promise<CollectedSpan[]> {
    let spans: CollectedSpan[] = [];
    await until(() => {
      spans = collector.inTrace(traceId);
      return spans.some((s) => s.spanId === lastSend) && orphans(spans).length === 0;
    }, Date.now() + 90_000);
    return spans;
  }
});

/** Spans whose parent is not in the trace: none, when every hop exported and continued its cause. */
function orphans(spans: CollectedSpan[]): CollectedSpan[] {
  const ids = new Set(spans.map((s) => s.spanId));
  return spans.filter((s) => s.parentSpanId !== undefined && !ids.has(s.parentSpanId));
}

/** From a span up to the root, each as `<service> <kind> <name>`. */
function pathTo(spanId: string, spans: CollectedSpan[]): string[] {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const path: string[] = [];
  for (let span = byId.get(spanId); span && path.length <= spans.length; span = byId.get(span.parentSpanId ?? '')) {
    path.push(`${span.service} ${KIND_NAMES[span.kind] ?? span.kind} ${span.name}`);
  }
  return path;
}

/** Polls until the condition holds or the deadline passes; the assertions after it say what was missing. */
async function until(condition: () => boolean, deadline: number): Promise<void> {
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
