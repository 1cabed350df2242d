import { diag } from '@opentelemetry/api';
import { logTracingProblems } from './tracing-diagnostics';

describe('logTracingProblems', () => {
  afterEach(() => diag.disable());

  it("puts the SDK's errors and warnings in the service's log, and nothing below them", () => {
    const lines: string[] = [];
    logTracingProblems({ warn: (m) => void lines.push(`warn ${m}`), error: (m) => void lines.push(`error ${m}`) });

    diag.error('export failed', new Error('connect ECONNREFUSED 10.0.0.9:4318'));
    diag.warn('dropped spans', { count: 3 });
    diag.info('exporting 12 spans');
    diag.debug('items to be sent');

    expect(lines).toEqual([
      'error tracing: export failed connect ECONNREFUSED 10.0.0.9:4318',
      'warn tracing: dropped spans {"count":3}',
    ]);
  });
});
