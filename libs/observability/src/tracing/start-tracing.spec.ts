import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { Tracing, installTracing, startTracing, tracesUrl } from './start-tracing';

describe('tracesUrl', () => {
  it.each([
    ['http://collector:4318', 'http://collector:4318/v1/traces'],
    ['http://collector:4318/', 'http://collector:4318/v1/traces'],
    ['https://otel.example.net/otlp//', 'https://otel.example.net/otlp/v1/traces'],
  ])('sends the spans for base %s to %s, as OTLP/HTTP says', (base, url) => {
    expect(tracesUrl(base)).toBe(url);
  });
});

describe('startTracing', () => {
  it('installs nothing without an endpoint: spans cost nothing and record nothing', async () => {
    const tracing = startTracing('ingest', {});
    expect(tracing.enabled).toBe(false);
    expect(trace.getTracer('test').startSpan('POST').isRecording()).toBe(false);
    await expect(tracing.shutdown()).resolves.toBeUndefined();
  });
});

describe('installTracing', () => {
  // A provider's shutdown stops its exporter too: each test has its own.
  let exporter: InMemorySpanExporter;
  let tracing: Tracing | undefined;

  afterEach(async () => {
    await tracing?.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
    delete process.env.OTEL_SERVICE_NAME;
  });

  function install(service: string): void {
    exporter = new InMemorySpanExporter();
    tracing = installTracing(service, [new SimpleSpanProcessor(exporter)]);
  }

  it("names the spans' service after the service", () => {
    install('enrich');
    trace.getTracer('test').startSpan('process news.ready.v1').end();
    expect(exporter.getFinishedSpans()[0].resource.attributes['service.name']).toBe('enrich');
  });

  it('lets OTEL_SERVICE_NAME rename it, as operators expect of any OpenTelemetry SDK', () => {
    process.env.OTEL_SERVICE_NAME = 'enrich-eu';
    install('enrich');
    trace.getTracer('test').startSpan('process news.ready.v1').end();
    expect(exporter.getFinishedSpans()[0].resource.attributes['service.name']).toBe('enrich-eu');
  });

  it('keeps the active span across an await, which a span per hop needs', async () => {
    install('enrich');
    const span = trace.getTracer('test').startSpan('process news.ready.v1');
    const seen = await context.with(trace.setSpan(context.active(), span), async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return trace.getActiveSpan();
    });
    expect(seen).toBe(span);
    span.end();
  });

  it('propagates W3C trace context, so an HTTP caller can continue its own trace', () => {
    install('ingest');
    expect(propagation.fields()).toEqual(expect.arrayContaining(['traceparent']));
  });
});
