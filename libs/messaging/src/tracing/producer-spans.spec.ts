import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { CloudEventHeaders as H } from '@news/contracts';
import { traceIdOf } from '../cloud-events/trace-context';
import { RoutedMessage } from '../dead-letters/dead-letters';
import { RecordedSpans } from './recorded-spans.test-helper';
import { sendTraced } from './producer-spans';

const CAUSE = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

function records(): RoutedMessage[] {
  return [
    { topic: 'news.ready.v1', message: { key: 'a1', value: '{}', headers: { [H.id]: 'e1', [H.traceParent]: CAUSE } } },
    { topic: 'news.ready.v1', message: { key: 'a2', value: '{}', headers: { [H.id]: 'e2', [H.traceParent]: CAUSE } } },
  ];
}

describe('sendTraced with tracing off', () => {
  it('sends the records as they are', async () => {
    const input = records();
    const sent = await sendTraced(input, (traced) => Promise.resolve(traced));
    sent.forEach((record, index) => expect(record).toBe(input[index]));
  });
});

describe('sendTraced', () => {
  const spans = new RecordedSpans();

  beforeAll(() => spans.install());
  beforeEach(() => spans.clear());
  afterAll(() => spans.uninstall());

  it('sends copies that carry their send span as the parent, and leaves the records passed in untouched', async () => {
    const input = records();
    const before = structuredClone(input);
    const sent = await sendTraced(input, (traced) => Promise.resolve(traced));

    expect(input).toEqual(before);
    const [first, second] = spans.finished;
    expect(sent.map((record) => record.message.headers?.[H.traceParent])).toEqual([
      `00-${first.spanContext().traceId}-${first.spanContext().spanId}-01`,
      `00-${second.spanContext().traceId}-${second.spanContext().spanId}-01`,
    ]);
    expect(sent.map((record) => record.message.headers?.[H.id])).toEqual(['e1', 'e2']);
  });

  it('makes each send a PRODUCER child of what caused the record, in the same trace', async () => {
    await sendTraced(records(), () => Promise.resolve());

    expect(spans.finished).toHaveLength(2);
    for (const span of spans.finished) {
      expect(span.kind).toBe(SpanKind.PRODUCER);
      expect(span.name).toBe('send news.ready.v1');
      expect(span.spanContext().traceId).toBe(traceIdOf(CAUSE));
      expect(span.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    }
    expect(spans.finished[0].attributes).toMatchObject({
      'messaging.system': 'kafka',
      'messaging.operation.type': 'send',
      'messaging.destination.name': 'news.ready.v1',
      'messaging.kafka.message.key': 'a1',
      'messaging.message.id': 'e1',
    });
  });

  it('starts a trace for a record that names no cause', async () => {
    const [record] = records();
    await sendTraced([{ ...record, message: { ...record.message, headers: {} } }], () => Promise.resolve());
    expect(spans.finished[0].parentSpanContext).toBeUndefined();
  });

  it('makes a record that names no cause a child of the span it is sent under', async () => {
    const [record] = records();
    const handling = trace.getTracer('test').startSpan('process wire.raw.v1');
    await context.with(trace.setSpan(ROOT_CONTEXT, handling), () =>
      sendTraced([{ ...record, message: { ...record.message, headers: {} } }], () => Promise.resolve()),
    );
    handling.end();
    expect(spans.finished[0].parentSpanContext?.spanId).toBe(handling.spanContext().spanId);
  });

  it('marks every send failed when the send throws, and passes the error on', async () => {
    const refused = new Error('NOT_ENOUGH_REPLICAS');
    await expect(sendTraced(records(), () => Promise.reject(refused))).rejects.toBe(refused);
    expect(spans.finished.map((span) => span.status)).toEqual([
      { code: SpanStatusCode.ERROR, message: 'NOT_ENOUGH_REPLICAS' },
      { code: SpanStatusCode.ERROR, message: 'NOT_ENOUGH_REPLICAS' },
    ]);
  });

  it('starts again from the cause when the same records are sent a second time (a retried commit)', async () => {
    const input = records();
    const once = await sendTraced(input, (traced) => Promise.resolve(traced));
    const twice = await sendTraced(input, (traced) => Promise.resolve(traced));
    expect(twice[0].message.headers?.[H.traceParent]).not.toBe(once[0].message.headers?.[H.traceParent]);
    expect(spans.finished.every((span) => span.parentSpanContext?.spanId === '00f067aa0ba902b7')).toBe(true);
  });
});
