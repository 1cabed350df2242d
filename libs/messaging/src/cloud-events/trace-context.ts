import { randomBytes } from 'node:crypto';
import {
  Context,
  ROOT_CONTEXT,
  Span,
  defaultTextMapGetter,
  defaultTextMapSetter,
  isSpanContextValid,
  trace,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { CloudEventHeaders as H } from '@news/contracts';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * The contract says events carry a W3C `traceparent`, whatever propagator a
 * process registers for its other traffic, so events use this one directly.
 */
const w3c = new W3CTraceContextPropagator();

/**
 * W3C trace context: a child keeps its parent's trace id under a new span
 * id, so one article's path through the four services reads as one trace.
 * Used when no span is active (tracing off): the logs still share a trace id.
 */
export function childTraceParent(parent?: string): string {
  const match = parent ? TRACEPARENT.exec(parent) : null;
  const traceId = match ? match[1] : randomBytes(16).toString('hex');
  const flags = match ? match[3] : '01';
  return `00-${traceId}-${randomBytes(8).toString('hex')}-${flags}`;
}

export function traceIdOf(traceParent?: string): string | undefined {
  return traceParent ? TRACEPARENT.exec(traceParent)?.[1] : undefined;
}

/** The context a traceparent names, for a span that continues it; the root (a new trace) when absent or malformed. */
export function contextOf(traceParent: string | undefined): Context {
  if (!traceParent) return ROOT_CONTEXT;
  return w3c.extract(ROOT_CONTEXT, { [H.traceParent]: traceParent }, defaultTextMapGetter);
}

/**
 * The traceparent naming `span`, or undefined when it names none (the no-op
 * tracer's span of no parent). A span the sampler left out records nothing
 * but is named all the same, its flags saying "not sampled": the next
 * service then leaves the article out too, instead of starting a trace of
 * its own under a parent no collector will ever receive.
 */
export function traceParentOf(span: Span | undefined): string | undefined {
  if (!span || !isSpanContextValid(span.spanContext())) return undefined;
  const carrier: Record<string, string> = {};
  w3c.inject(trace.setSpan(ROOT_CONTEXT, span), carrier, defaultTextMapSetter);
  return carrier[H.traceParent];
}

/** The traceparent of the span this code runs under (a request's, a record's handling), if any. */
export function activeTraceParent(): string | undefined {
  return traceParentOf(trace.getActiveSpan());
}
