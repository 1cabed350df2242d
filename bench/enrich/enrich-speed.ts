import { performance } from 'node:perf_hooks';
import { findFacts } from '../../apps/enrich/src/facts/enrich-article';
import { parsePageCapture } from '../../apps/ingest/src/formats/page-capture/page-capture.parser';
import { Target } from '../report/bench-result';
import { CorpusStream } from '../corpus/corpus-stream';
import { FactSource, rate } from '../../eval/enrich-speed';

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

/**
 * Enrich's fact finding (places, actors, people, dates, counts) called in
 * process on the run's corpus as ingest reads it: the figure of issue 12's
 * speed target. The service's Kafka costs are phase 2's business.
 */
export function measureEnrichSpeed(corpus: CorpusStream, articles: number, seconds: number): EnrichSpeed {
  const stories = Array.from({ length: articles }, () => storyOf(corpus));
  const started = performance.now();
  findFacts(stories[0].text, stories[0].published, stories[0].dateline);
  const startupMs = Math.round(performance.now() - started);
  // The eval's measuring loop (warm-up, then CPU and wall clock), on the corpus's stories.
  const { cpu, wall } = rate(stories, seconds);
  return {
    articles,
    averageChars: Math.round(stories.reduce((n, s) => n + s.text.length, 0) / stories.length),
    startupMs,
    perCpuSecond: cpu,
    perWallSecond: wall,
  };
}

function storyOf(corpus: CorpusStream): FactSource {
  const parsed = parsePageCapture(corpus.next().text, { timeZone: 'Asia/Damascus' });
  return { text: parsed.paragraphs.join('\n\n'), published: parsed.publishedAt, dateline: parsed.dateline?.place };
}

export function enrichTarget(speed: EnrichSpeed): Target {
  return {
    name: 'enrich in process',
    goal: '≥ 2000 articles/s on one core',
    measured: `${speed.perCpuSecond}/CPU-s (${speed.perWallSecond}/s by the wall clock) at ${speed.averageChars} chars; start-up ${speed.startupMs} ms`,
    met: speed.perCpuSecond >= 2000,
  };
}
