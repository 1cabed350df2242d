/** The bench's command line, validated once. */
export interface BenchOptions {
  /** Seconds of pipeline load: the first half at the fixed rate, the second at maximum rate. */
  durationSeconds: number;
  /** Offered articles/s in the fixed-rate half (the latency target is stated at 100/s). */
  rate: number;
  seed: number;
  /** Requests in flight in the maximum-rate half. */
  concurrency: number;
  /** Messages in the raw kafkajs produce→consume phase. */
  rawMessages: number;
  topicPrefix: string;
  ingestUrl: string;
  /** publish, for the related-news lookups (default: ingest's port + 3, as bench.sh lays them out). */
  publishUrl: string;
  brokers: string[];
  /** Service name → pid, for RSS sampling. */
  pids: Record<string, number>;
  resultsDir: string;
}

const DEFAULTS = {
  duration: '60',
  rate: '100',
  seed: '1',
  concurrency: '32',
  'raw-messages': '20000',
  'results-dir': 'bench/results',
};

export function readBenchOptions(argv: readonly string[], env: Record<string, string | undefined>): BenchOptions {
  const flags = readFlags(argv);
  const value = (name: keyof typeof DEFAULTS): string => flags.get(name) ?? DEFAULTS[name];
  const prefix = flags.get('prefix') ?? env.TOPIC_PREFIX ?? '';
  if (!/^[a-z0-9_]+$/.test(prefix)) throw new Error(`--prefix (or TOPIC_PREFIX) must be a-z0-9_, got "${prefix}"`);
  const ingestUrl = flags.get('ingest') ?? 'http://127.0.0.1:3001';
  if (!ingestUrl.startsWith('http://127.0.0.1:'))
    throw new Error(`the bench only targets 127.0.0.1, got --ingest ${ingestUrl}`);
  const publishUrl = flags.get('publish') ?? `http://127.0.0.1:${Number(new URL(ingestUrl).port) + 3}`;
  if (!publishUrl.startsWith('http://127.0.0.1:'))
    throw new Error(`the bench only targets 127.0.0.1, got --publish ${publishUrl}`);
  const brokers = (env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  if (brokers.some((b) => !b.startsWith('127.0.0.1:')))
    throw new Error(`the bench only targets 127.0.0.1, got KAFKA_BROKERS ${brokers.join(',')}`);
  return {
    durationSeconds: positive('duration', value('duration')),
    rate: positive('rate', value('rate')),
    seed: Math.trunc(Number(value('seed'))) || 0,
    concurrency: positive('concurrency', value('concurrency')),
    rawMessages: positive('raw-messages', value('raw-messages')),
    topicPrefix: prefix,
    ingestUrl,
    publishUrl,
    brokers,
    pids: readPids(flags.get('pids') ?? ''),
    resultsDir: value('results-dir'),
  };
}

function readFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].replace(/^--/, '').split('=', 2);
    if (!argv[i].startsWith('--')) throw new Error(`unexpected argument "${argv[i]}"`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    flags.set(name, value);
  }
  return flags;
}

function positive(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"`);
  return value;
}

/** "ingest=123,enrich=456" → { ingest: 123, enrich: 456 } */
function readPids(text: string): Record<string, number> {
  const pids: Record<string, number> = {};
  for (const entry of text.split(',').filter(Boolean)) {
    const [name, pid] = entry.split('=');
    pids[name] = Number(pid);
  }
  return pids;
}
