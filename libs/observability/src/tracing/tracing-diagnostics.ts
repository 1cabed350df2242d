import { DiagLogLevel, DiagLogger, diag } from '@opentelemetry/api';

/** Where the SDK's own complaints go: the service's logger. */
export interface DiagnosticsLog {
  warn(message: string): void;
  error(message: string): void;
}

/**
 * The SDK says nothing by default: a wrong OTEL_EXPORTER_OTLP_ENDPOINT, a
 * collector that is down or a NetworkPolicy that blocks it would lose every
 * span without a line in the logs. Its warnings and errors (a failed export
 * among them, once per batch) go to the service's log instead; its chatter
 * below that stays off.
 */
export function logTracingProblems(log: DiagnosticsLog): void {
  const toLog: DiagLogger = {
    error: (message, ...args) => log.error(withArgs(message, args)),
    warn: (message, ...args) => log.warn(withArgs(message, args)),
    info: () => undefined,
    debug: () => undefined,
    verbose: () => undefined,
  };
  diag.setLogger(toLog, { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true });
}

function withArgs(message: string, args: unknown[]): string {
  const details = args.map((arg) =>
    arg instanceof Error ? arg.message : typeof arg === 'string' ? arg : safeJson(arg),
  );
  return ['tracing:', message, ...details].join(' ');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
