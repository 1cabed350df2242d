import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * A tracer provider for this test process whose spans are kept in memory.
 * (The services' own installTracing lives in @news/observability, a layer
 * above this library, so its tests install the same SDK pieces here.)
 */
export class RecordedSpans {
  private readonly exporter = new InMemorySpanExporter();
  private readonly provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(this.exporter)] });

  install(): this {
    this.provider.register();
    return this;
  }

  get finished(): ReadableSpan[] {
    return this.exporter.getFinishedSpans();
  }

  clear(): void {
    this.exporter.reset();
  }

  /** Leaves the API as it was, so the next test file in this worker starts with tracing off. */
  async uninstall(): Promise<void> {
    await this.provider.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
  }
}
