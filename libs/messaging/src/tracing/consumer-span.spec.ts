import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ArticleEvent, ArticleEventTypes, CloudEventHeaders as H } from '@news/contracts';
import { anArticle } from '@news/testing';
import { encodeArticleEvent, headerText } from '../cloud-events/article-event-codec';
import { InboundRecord } from '../consumer/failure-policy';
import { RecordedSpans } from './recorded-spans.test-helper';
import { handleInSpan } from './consumer-span';

const SENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

const event: ArticleEvent = {
  id: 'e1',
  type: ArticleEventTypes.ingested,
  source: 'urn:newsroom:ingest',
  time: '2018-02-13T09:56:59.000Z',
  correlationId: 'e1',
  traceParent: SENT,
  article: anArticle(),
};

const record: InboundRecord = {
  topic: 'news.ingested.v1',
  partition: 2,
  message: {
    key: Buffer.from('a1'),
    value: null,
    headers: {},
    offset: '41',
    timestamp: '0',
    attributes: 0,
  },
};

describe('handleInSpan', () => {
  const spans = new RecordedSpans();

  beforeAll(() => spans.install());
  beforeEach(() => spans.clear());
  afterAll(() => spans.uninstall());

  it("handles the record under a CONSUMER span that continues the sender's trace", async () => {
    await expect(handleInSpan(record, event, 'enrich', () => Promise.resolve('done'))).resolves.toBe('done');

    const [span] = spans.finished;
    expect(span.kind).toBe(SpanKind.CONSUMER);
    expect(span.name).toBe('process news.ingested.v1');
    expect(span.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(span.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(span.attributes).toMatchObject({
      'messaging.system': 'kafka',
      'messaging.operation.type': 'process',
      'messaging.destination.name': 'news.ingested.v1',
      'messaging.destination.partition.id': '2',
      'messaging.consumer.group.name': 'enrich',
      'messaging.message.id': 'e1',
      'messaging.kafka.message.key': 'a1',
      'messaging.kafka.offset': 41,
    });
  });

  it('gives what the handling emits the handling span as its cause', async () => {
    const emitted = await handleInSpan(record, event, 'enrich', () =>
      Promise.resolve(
        encodeArticleEvent({
          type: ArticleEventTypes.ready,
          source: 'urn:newsroom:translate-queue',
          article: anArticle(),
        }),
      ),
    );

    const [span] = spans.finished;
    expect(headerText(emitted.headers, H.traceParent)).toBe(
      `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`,
    );
  });

  it('records nothing for an event its sender left out of sampling, and passes that decision on', async () => {
    const unsampled = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00';
    const emitted = await handleInSpan(record, { ...event, traceParent: unsampled }, 'enrich', () =>
      Promise.resolve(
        encodeArticleEvent({
          type: ArticleEventTypes.ready,
          source: 'urn:newsroom:translate-queue',
          article: anArticle(),
        }),
      ),
    );
    expect(spans.finished).toEqual([]);
    expect(headerText(emitted.headers, H.traceParent)).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-00$/);
  });

  it('marks the span failed when the handling throws, and passes the error on', async () => {
    const failure = new Error('gazetteer unavailable');
    await expect(handleInSpan(record, event, 'enrich', () => Promise.reject(failure))).rejects.toBe(failure);

    const [span] = spans.finished;
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'gazetteer unavailable' });
    expect(span.events.map((e) => e.name)).toEqual(['exception']);
  });

  it('starts a trace for an event that carries no traceparent (one from an older producer)', async () => {
    await handleInSpan(record, { ...event, traceParent: undefined }, 'enrich', () => Promise.resolve());
    expect(spans.finished[0].parentSpanContext).toBeUndefined();
  });
});
