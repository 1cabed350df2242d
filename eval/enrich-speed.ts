import { performance } from 'node:perf_hooks';
import { findFacts } from '../apps/enrich/src/facts/enrich-article';
import { LabelledArticle } from './labelled-set';

export interface SpeedReport {
  /** Building the gazetteer and the actor matcher: the first findFacts call. */
  startupMs: number;
  /** The labelled set (short stories), per second of this process's CPU time: one core, whatever else the machine runs. */
  articlesPerCpuSecond: number;
  /** The same by the wall clock (lower on a loaded machine). */
  articlesPerWallSecond: number;
  averageChars: number;
  /** The reference article alone (~4,600 characters, 13 paragraphs): a full-length story. */
  referencePerCpuSecond: number;
  rssMb: number;
  heapUsedMb: number;
}

/** A text as findFacts takes it: what the labelled set and the bench's corpus both give. */
export interface FactSource {
  text: string;
  published: string;
  dateline?: string;
}

/** findFacts over `articles` again and again for `seconds` after a warm-up: per CPU second and per wall second. */
export function rate(articles: readonly FactSource[], seconds: number): { cpu: number; wall: number } {
  for (let i = 0; i < 500; i++) {
    const a = articles[i % articles.length];
    findFacts(a.text, a.published, a.dateline);
  }
  let n = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    const a = articles[n % articles.length];
    findFacts(a.text, a.published, a.dateline);
    n++;
  }
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1e6;
  return { cpu: Math.round(n / cpu), wall: Math.round(n / wall) };
}

/**
 * In-process enrichment speed: the labelled set and the reference article,
 * over and over; RSS with the gazetteer loaded. The service's Kafka costs
 * are the pipeline bench's business (npm run bench).
 */
export function measureSpeed(articles: readonly LabelledArticle[], seconds = 2): SpeedReport {
  const t0 = performance.now();
  findFacts('Idlib', '2018-02-13T09:56:59.000Z', 'Idlib');
  const startupMs = performance.now() - t0;
  const all = rate(articles, seconds);
  const reference = rate(articles.slice(0, 1), seconds);
  const memory = process.memoryUsage();
  return {
    startupMs: Math.round(startupMs),
    articlesPerCpuSecond: all.cpu,
    articlesPerWallSecond: all.wall,
    averageChars: Math.round(articles.reduce((sum, a) => sum + a.text.length, 0) / articles.length),
    referencePerCpuSecond: reference.cpu,
    rssMb: Math.round(memory.rss / 1e6),
    heapUsedMb: Math.round(memory.heapUsed / 1e6),
  };
}
