import { performance } from 'node:perf_hooks';
import { findFacts } from '../../apps/enrich/src/facts/enrich-article';
import { parsePageCapture } from '../../apps/ingest/src/formats/page-capture/page-capture.parser';
import { Target } from '../report/bench-result';
import { CorpusStream } from '../corpus/corpus-stream';

export interface EnrichSpeed {
  articles: number;
  /** Characters of body text per article, on average: the run's own corpus, full-length stories. */
  averageChars: number;
  /** The first call: building the gazetteer and actor automaton. */
  startupMs: number;
  /** Per second of this process's CPU time: one core, whatever else the machine runs. */
  perCpuSecond: number;
  perWallSecond: number;
}

interface Story {
  text: string;
  published: string;
  dateline?: string;
}

/**
 * Enrich's fact finding (places, actors, people, dates, counts) called in
 * process on the run's corpus as ingest reads it: the figure of issue 12's
 * speed target. The service's Kafka costs are phase 2's business.
 */
export function measureEnrichSpeed(corpus: CorpusStream, articles: number, seconds: number): EnrichSpeed {
  const stories = Array.from({ length: articles }, () => storyOf(corpus));
  const started = performance.now();
  enrich(stories[0]);
  const startupMs = Math.round(performance.now() - started);
  for (const story of stories) enrich(story); // warm-up: every story once
  let done = 0;
  const cpu = process.cpuUsage();
  const wallStart = performance.now();
  while (performance.now() - wallStart < seconds * 1000) enrich(stories[done++ % stories.length]);
  const wall = (performance.now() - wallStart) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    articles,
    averageChars: Math.round(stories.reduce((n, s) => n + s.text.length, 0) / stories.length),
    startupMs,
    perCpuSecond: Math.round(done / ((used.user + used.system) / 1e6)),
    perWallSecond: Math.round(done / wall),
  };
}

function storyOf(corpus: CorpusStream): Story {
  const parsed = parsePageCapture(corpus.next().text, { timeZone: 'Asia/Damascus' });
  return { text: parsed.paragraphs.join('\n\n'), published: parsed.publishedAt, dateline: parsed.dateline?.place };
}

function enrich(story: Story): void {
  findFacts(story.text, story.published, story.dateline);
}

export function enrichTarget(speed: EnrichSpeed): Target {
  return {
    name: 'enrich in process',
    goal: '≥ 2000 articles/s on one core',
    measured: `${speed.perCpuSecond}/CPU-s (${speed.perWallSecond}/s by the wall clock) at ${speed.averageChars} chars; start-up ${speed.startupMs} ms`,
    met: speed.perCpuSecond >= 2000,
  };
}
