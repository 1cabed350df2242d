import { INVALID_SPAN_CONTEXT, ROOT_CONTEXT, context, trace } from '@opentelemetry/api';
import { RecordedSpans } from '../tracing/recorded-spans.test-helper';
import { activeTraceParent, childTraceParent, contextOf, traceIdOf, traceParentOf } from './trace-context';

const SENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('trace context with tracing off', () => {
  it('gives a child of the cause the same trace id under a new span id', () => {
    const child = childTraceParent(SENT);
    expect(traceIdOf(child)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(child).not.toBe(SENT);
  });

  it('names no span of the no-op tracer, which records nothing', () => {
    const span = trace.getTracer('test').startSpan('handle');
    expect(traceParentOf(span)).toBeUndefined();
    expect(activeTraceParent()).toBeUndefined();
  });
});

describe('trace context with a recording tracer', () => {
  const spans = new RecordedSpans();

  beforeAll(() => spans.install());
  afterAll(() => spans.uninstall());

  it('names a recording span by its own trace and span ids, sampled', () => {
    const span = trace.getTracer('test').startSpan('handle');
    const { traceId, spanId } = span.spanContext();
    expect(traceParentOf(span)).toBe(`00-${traceId}-${spanId}-01`);
    span.end();
  });

  it('names a span the sampler left out as not sampled, so the next service leaves the article out too', () => {
    const unsampled = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00';
    const span = trace.getTracer('test').startSpan('handle', {}, contextOf(unsampled));
    expect(span.isRecording()).toBe(false);
    expect(traceParentOf(span)).toBe(`00-4bf92f3577b34da6a3ce929d0e0e4736-${span.spanContext().spanId}-00`);
    expect(span.spanContext().spanId).not.toBe('00f067aa0ba902b7');
  });

  it('names the span the code runs under', () => {
    const span = trace.getTracer('test').startSpan('handle');
    const named = context.with(trace.setSpan(ROOT_CONTEXT, span), activeTraceParent);
    expect(named).toBe(traceParentOf(span));
    span.end();
  });

  it('continues a well-formed traceparent as a remote parent', () => {
    expect(trace.getSpanContext(contextOf(SENT))).toEqual({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      traceFlags: 1,
      isRemote: true,
    });
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['not a traceparent', 'garbage'],
    ['upper-case hex', SENT.toUpperCase()],
    ['an all-zero trace id', '00-00000000000000000000000000000000-00f067aa0ba902b7-01'],
    ['an all-zero span id', '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01'],
    ['a truncated span id', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0b-01'],
  ])('starts a new trace when the traceparent is %s', (_case, traceParent) => {
    const parent = trace.getSpanContext(contextOf(traceParent));
    expect(parent).toBeUndefined();
    const span = trace.getTracer('test').startSpan('handle', {}, contextOf(traceParent));
    expect(span.spanContext().traceId).not.toBe(INVALID_SPAN_CONTEXT.traceId);
    expect(span.spanContext().traceId).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    span.end();
  });
});
