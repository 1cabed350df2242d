import { randomBytes } from 'node:crypto';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * W3C trace context: a child keeps its parent's trace id under a new span
 * id, so one article's path through the four services reads as one trace.
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
