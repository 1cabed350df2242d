import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { DiagnosticsLog, logTracingProblems } from './tracing-diagnostics';

export interface TracingSettings {
  /** OTEL_EXPORTER_OTLP_ENDPOINT: the collector's base URL; unset, tracing is off. */
  otlpEndpoint?: string;
}

/** What a process keeps to flush its spans when it stops. */
export interface Tracing {
  readonly enabled: boolean;
  /** Exports what is still buffered, then stops; call after the app has closed. */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { enabled: false, shutdown: () => Promise.resolve() };

/**
 * Traces exported over OTLP/HTTP when an endpoint is configured. Without one
 * nothing is installed: @opentelemetry/api's no-op tracer makes every span
 * the code starts free, and no context manager is added either.
 */
export function startTracing(service: string, settings: TracingSettings, log?: DiagnosticsLog): Tracing {
  if (!settings.otlpEndpoint) return OFF;
  if (log) logTracingProblems(log);
  const exporter = new OTLPTraceExporter({ url: tracesUrl(settings.otlpEndpoint) });
  return installTracing(service, [new BatchSpanProcessor(exporter)]);
}

/**
 * Installs a tracer provider for this process with the given processors
 * (tests pass a SimpleSpanProcessor over an InMemorySpanExporter). register()
 * also installs the W3C propagator and the AsyncLocalStorage context
 * manager, without which a span would not follow the work across awaits.
 */
export function installTracing(service: string, spanProcessors: SpanProcessor[]): Tracing {
  const provider = new NodeTracerProvider({ resource: serviceResource(service), spanProcessors });
  provider.register();
  return { enabled: true, shutdown: () => provider.shutdown() };
}

/** service.name is the service's own, unless OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES (read by the SDK) say otherwise. */
function serviceResource(service: string) {
  return resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }).merge(detectResources({ detectors: [envDetector] }));
}

/** OTLP's rule for the base endpoint variable: traces go to `<base>/v1/traces`. */
export function tracesUrl(base: string): string {
  return `${base.replace(/\/+$/, '')}/v1/traces`;
}
