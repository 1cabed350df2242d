import { ConfigError } from '@news/config';

/** One feed ingest fetches itself, from `POLL_FEEDS`. */
export interface PolledFeed {
  /** The feed's name, as `X-Feed` / `x-feed-id` would give it; part of each article's id. */
  feed: string;
  /** An absolute http(s) URL of an RSS 2.0 or Atom document (any format ingest reads works). */
  url: string;
  /** How often to poll; each poll is jittered by ±10% and never overlaps the previous one. */
  intervalSeconds: number;
  /** Bound on one fetch, headers and body (default 10 s, at most the interval). */
  timeoutSeconds: number;
  /** IANA zone of the feed's local times when they carry no offset (default FEED_TIME_ZONE). */
  timeZone?: string;
}

const VARIABLE = 'POLL_FEEDS';
const KEYS = ['feed', 'url', 'intervalSeconds', 'timeoutSeconds', 'timeZone'];
const DEFAULT_TIMEOUT_SECONDS = 10;
const MAX_INTERVAL_SECONDS = 7 * 24 * 3600;

/**
 * `POLL_FEEDS` as JSON, e.g.
 * `[{"feed":"reuters-world","url":"http://127.0.0.1:8080/rss","intervalSeconds":300}]`.
 * Unset, blank or `[]` turns polling off. A bad entry stops the service at
 * start-up with one line naming the entry and the field.
 */
export function loadPollFeeds(env: Record<string, string | undefined> = process.env): PolledFeed[] {
  const raw = env[VARIABLE]?.trim();
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(VARIABLE, `is not valid JSON: ${oneLine((error as Error).message)}`);
  }
  if (!Array.isArray(parsed)) throw new ConfigError(VARIABLE, `must be a JSON array of feeds, got ${kindOf(parsed)}`);
  const feeds = parsed.map((entry, index) => readEntry(entry, index));
  const seen = new Set<string>();
  feeds.forEach((polled, index) => {
    if (seen.has(polled.feed))
      throw new ConfigError(VARIABLE, `${entryName(index, polled)}: the feed "${polled.feed}" is listed twice`);
    seen.add(polled.feed);
  });
  return feeds;
}

function readEntry(entry: unknown, index: number): PolledFeed {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new ConfigError(
      VARIABLE,
      `${entryName(index)}: must be an object like {"feed":"…","url":"…","intervalSeconds":300}, got ${kindOf(entry)}`,
    );
  }
  const fields = entry as Record<string, unknown>;
  const name = entryName(index, fields);
  function fail(problem: string): never {
    throw new ConfigError(VARIABLE, `${name}: ${problem}`);
  }
  const unknown = Object.keys(fields).filter((key) => !KEYS.includes(key));
  if (unknown.length > 0) fail(`unknown field ${unknown.map((k) => `"${k}"`).join(', ')}; known: ${KEYS.join(', ')}`);

  const feed = typeof fields.feed === 'string' ? fields.feed.trim() : '';
  if (!feed) fail(`"feed" must be a non-empty string naming the feed`);
  if (/\s/.test(feed)) fail(`"feed" may not contain whitespace, got "${feed}"`);

  const url = fields.url;
  if (typeof url !== 'string') fail(`"url" must be a string, got ${kindOf(url)}`);
  const parsedUrl = URL.canParse(url) ? new URL(url) : fail(`"url" is not an absolute URL: "${url}"`);
  if (parsedUrl.protocol !== 'http:' && parsedUrl.protocol !== 'https:')
    fail(`"url" must be http or https, got "${url}"`);

  const intervalSeconds = wholeSeconds(fields.intervalSeconds, 'intervalSeconds', 1, MAX_INTERVAL_SECONDS, fail);
  const timeoutSeconds =
    fields.timeoutSeconds === undefined
      ? Math.min(DEFAULT_TIMEOUT_SECONDS, intervalSeconds)
      : wholeSeconds(fields.timeoutSeconds, 'timeoutSeconds', 1, intervalSeconds, fail);

  const timeZone = fields.timeZone;
  if (timeZone !== undefined && (typeof timeZone !== 'string' || !isIanaZone(timeZone))) {
    fail(`"timeZone" must be an IANA zone such as "Asia/Damascus", got ${JSON.stringify(timeZone)}`);
  }
  return { feed, url: parsedUrl.toString(), intervalSeconds, timeoutSeconds, ...(timeZone ? { timeZone } : {}) };
}

function wholeSeconds(
  value: unknown,
  field: string,
  min: number,
  max: number,
  fail: (problem: string) => never,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(
      `"${field}" must be a whole number of seconds from ${min} to ${max}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`,
    );
  }
  return value;
}

function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `entry #2 ("reuters-world")`: counted from 1, named when the entry has a feed name. */
function entryName(index: number, fields?: { feed?: unknown }): string {
  const feed = typeof fields?.feed === 'string' && fields.feed.trim() ? ` ("${fields.feed.trim()}")` : '';
  return `entry #${index + 1}${feed}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
