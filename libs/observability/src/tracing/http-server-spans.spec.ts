import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { traceHttpRequests } from './http-server-spans';
import { Tracing, installTracing } from './start-tracing';

interface Exchange {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** The Express route that matched, if one did. */
  route?: string;
  status: number;
  /** False when the client hung up before the answer was written. */
  finished?: boolean;
}

/** Runs one request through the middleware; resolves with the span active where the app handled it. */
function serve(exchange: Exchange): Promise<unknown> {
  const req = Object.assign(new EventEmitter(), {
    method: exchange.method,
    url: exchange.url,
    headers: exchange.headers ?? {},
  }) as unknown as IncomingMessage & { route?: { path: string } };
  const res = Object.assign(new EventEmitter(), {
    statusCode: exchange.status,
    writableFinished: exchange.finished ?? true,
  }) as unknown as ServerResponse;
  return new Promise((resolve) =>
    traceHttpRequests()(req, res, () => {
      const active = trace.getActiveSpan();
      if (exchange.route) req.route = { path: exchange.route };
      res.emit('close');
      resolve(active);
    }),
  );
}

describe('traceHttpRequests', () => {
  let exporter: InMemorySpanExporter;
  let tracing: Tracing;

  beforeAll(() => {
    exporter = new InMemorySpanExporter();
    tracing = installTracing('ingest', [new SimpleSpanProcessor(exporter)]);
  });
  beforeEach(() => exporter.reset());
  afterAll(async () => {
    await tracing.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  });

  function only(): ReadableSpan {
    expect(exporter.getFinishedSpans()).toHaveLength(1);
    return exporter.getFinishedSpans()[0];
  }

  it('names a SERVER span after the method and the route that matched, not the path', async () => {
    await serve({ method: 'POST', url: '/v1/articles/ab12?dryRun=1', route: '/v1/articles/:id', status: 202 });
    const span = only();
    expect(span.kind).toBe(SpanKind.SERVER);
    expect(span.name).toBe('POST /v1/articles/:id');
    expect(span.attributes).toMatchObject({
      'http.request.method': 'POST',
      'http.route': '/v1/articles/:id',
      'url.path': '/v1/articles/ab12',
      'http.response.status_code': 202,
    });
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('names a request no route matched by its method alone, so paths cannot flood the span names', async () => {
    await serve({ method: 'GET', url: '/wp-login.php', status: 404 });
    expect(only().name).toBe('GET');
  });

  it('marks a 5xx answer failed and leaves a 4xx, the client’s mistake, unset', async () => {
    await serve({ method: 'POST', url: '/v1/articles', route: '/v1/articles', status: 503 });
    expect(only().status.code).toBe(SpanStatusCode.ERROR);
    exporter.reset();
    await serve({ method: 'POST', url: '/v1/articles', route: '/v1/articles', status: 415 });
    expect(only().status.code).toBe(SpanStatusCode.UNSET);
  });

  it('marks a request failed when the client went away before the answer', async () => {
    await serve({ method: 'POST', url: '/v1/articles', route: '/v1/articles', status: 200, finished: false });
    expect(only().status).toEqual({ code: SpanStatusCode.ERROR, message: 'client went away' });
  });

  it("continues the caller's traceparent", async () => {
    await serve({
      method: 'POST',
      url: '/v1/articles',
      headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
      status: 202,
    });
    const span = only();
    expect(span.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(span.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
  });

  it('runs the handling under the span, so what it writes carries the trace on', async () => {
    const active = await serve({ method: 'POST', url: '/v1/articles', status: 202 });
    expect((active as { spanContext(): unknown }).spanContext()).toEqual(only().spanContext());
  });

  it.each(['/health/ready', '/health/live', '/metrics'])(
    'leaves %s, polled every few seconds, untraced',
    async (url) => {
      await expect(serve({ method: 'GET', url, status: 200 })).resolves.toBeUndefined();
      expect(exporter.getFinishedSpans()).toEqual([]);
    },
  );
});
