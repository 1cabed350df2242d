import { IncomingMessage, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** One span as an OTLP/HTTP JSON export carries it, with its resource's service.name. */
export interface CollectedSpan {
  service: string;
  traceId: string;
  spanId: string;
  /** Absent (or empty) on a trace's root. */
  parentSpanId?: string;
  name: string;
  /** OTLP's numbering: 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  kind: number;
}

export const OtlpKind = { server: 2, producer: 4, consumer: 5 } as const;

interface AnyValue {
  stringValue?: string;
}
interface ExportRequest {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: AnyValue }[] };
    scopeSpans?: { spans?: Omit<CollectedSpan, 'service'>[] }[];
  }[];
}

/**
 * A stand-in for an OpenTelemetry Collector's OTLP/HTTP receiver: takes
 * what the services' exporters POST to /v1/traces (JSON, which
 * @opentelemetry/exporter-trace-otlp-http sends unless told otherwise) and
 * keeps the spans, so a test can read the trace the separate processes made.
 */
export class OtlpCollector {
  readonly spans: CollectedSpan[] = [];
  private readonly server: Server = createServer((req, res) => {
    void this.receive(req).then(
      () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
      (error: Error) => res.writeHead(400, { 'content-type': 'text/plain' }).end(error.message),
    );
  });

  async open(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  /** What OTEL_EXPORTER_OTLP_ENDPOINT should say: the base URL, the exporter adds /v1/traces. */
  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  inTrace(traceId: string): CollectedSpan[] {
    return this.spans.filter((span) => span.traceId === traceId);
  }

  private async receive(req: IncomingMessage): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/v1/traces') throw new Error(`no receiver at ${req.method} ${req.url}`);
    if (!String(req.headers['content-type']).startsWith('application/json'))
      throw new Error(`expected OTLP JSON, got ${req.headers['content-type']}`);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const json = req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
    this.spans.push(...spansOf(JSON.parse(json.toString('utf8')) as ExportRequest));
  }
}

function spansOf(request: ExportRequest): CollectedSpan[] {
  return (request.resourceSpans ?? []).flatMap((resourceSpans) => {
    const service = resourceSpans.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
    return (resourceSpans.scopeSpans ?? []).flatMap((scope) =>
      (scope.spans ?? []).map(({ traceId, spanId, parentSpanId, name, kind }) => ({
        service,
        traceId,
        spanId,
        parentSpanId: parentSpanId || undefined,
        name,
        kind,
      })),
    );
  });
}
