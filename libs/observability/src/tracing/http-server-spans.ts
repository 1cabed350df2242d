import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';

/** Probes and scrapes, every few seconds: spans of them would bury the requests worth reading. */
const UNTRACED = /^\/(health|metrics)(\/|$)/;

type Request = IncomingMessage & { route?: { path?: unknown } };
type Next = (error?: unknown) => void;

/**
 * Express middleware: a SERVER span per request, continuing the caller's
 * `traceparent` when it sends one, else starting a trace. The request's
 * handling (body parsing included) runs in the span's context, so what it
 * writes (an article's event, say) carries this trace on.
 */
export function traceHttpRequests(): (req: Request, res: ServerResponse, next: Next) => void {
  const tracer = trace.getTracer('@news/observability');
  return (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0];
    if (UNTRACED.test(path)) return next();
    const caller = propagation.extract(ROOT_CONTEXT, req.headers);
    const method = req.method ?? 'GET';
    const span = tracer.startSpan(
      method,
      { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_URL_PATH]: path } },
      caller,
    );
    res.once('close', () => endServerSpan(span, req, res));
    const active = trace.setSpan(caller, span);
    // Body parsers read in the socket's callbacks: bound, they keep this context.
    context.bind(active, req);
    context.bind(active, res);
    context.with(active, next);
  };
}

function endServerSpan(span: Span, req: Request, res: ServerResponse): void {
  const route = typeof req.route?.path === 'string' ? req.route.path : undefined;
  if (route) span.updateName(`${req.method} ${route}`).setAttribute(ATTR_HTTP_ROUTE, route);
  span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
  // A server span fails on 5xx only: a 4xx is the client's mistake, answered as meant.
  if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  else if (!res.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR, message: 'client went away' });
  span.end();
}
