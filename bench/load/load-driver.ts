import { CorpusDocument, CorpusStream } from '../corpus/corpus-stream';
import { LatencyRecorder, LoadPhase } from '../metrics/latency-recorder';
import { FeedCredentials, IngestAnswer, postArticle } from './ingest-client';

export interface LoadTally {
  sent: number;
  /** "202 created", "200 unchanged", "500", "0" (network error or timeout)... */
  answers: Record<string, number>;
  /** Documents whose answer differed from what the corpus expected. */
  unexpected: number;
  /** Fixed rate only: sends skipped because too many requests were still open. */
  skipped: number;
  inFlight: number;
  acceptedPerSecond: number[];
  /** performance.now() of every 202. */
  acceptedTimes: number[];
}

/** In the fixed-rate phase, beyond this many open requests the bench stops offering more. */
const MAX_OPEN_REQUESTS = 2000;

/** Posts the corpus to ingest and hands each 202 to the latency recorder. */
export class LoadDriver {
  readonly tally: LoadTally = {
    sent: 0,
    answers: {},
    unexpected: 0,
    skipped: 0,
    inFlight: 0,
    acceptedPerSecond: [],
    acceptedTimes: [],
  };

  constructor(
    private readonly ingestUrl: string,
    private readonly corpus: CorpusStream,
    private readonly latency: LatencyRecorder,
    private readonly startedAt: number,
    private readonly credentials: FeedCredentials,
  ) {}

  /** Open loop: one request every 1/rate s, whether or not earlier ones have come back. */
  async fixedRate(rate: number, seconds: number, phase: LoadPhase = 'fixed'): Promise<void> {
    const start = performance.now();
    const open = new Set<Promise<void>>();
    for (let i = 0; i < rate * seconds; i++) {
      await sleepUntil(start + (i * 1000) / rate);
      if (open.size >= MAX_OPEN_REQUESTS) {
        this.tally.skipped++;
        continue;
      }
      const request = this.postOne(phase).finally(() => open.delete(request));
      open.add(request);
    }
    await Promise.all(open);
  }

  /** Closed loop: `concurrency` workers, each posting as soon as its last answer came. */
  async maxRate(concurrency: number, seconds: number): Promise<void> {
    const deadline = performance.now() + seconds * 1000;
    const worker = async (): Promise<void> => {
      while (performance.now() < deadline) await this.postOne('max');
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }

  private async postOne(phase: LoadPhase): Promise<void> {
    const doc = this.corpus.next();
    this.tally.sent++;
    this.tally.inFlight++;
    const answer = await postArticle(this.ingestUrl, doc.text, this.credentials);
    this.tally.inFlight--;
    this.count(doc, answer);
    if (answer.status === 202 && answer.articleId && answer.version) {
      this.latency.responded(answer.articleId, answer.version, phase, answer.at);
      this.tally.acceptedTimes.push(answer.at);
      const second = Math.max(0, Math.floor((answer.at - this.startedAt) / 1000));
      while (this.tally.acceptedPerSecond.length <= second) this.tally.acceptedPerSecond.push(0);
      this.tally.acceptedPerSecond[second]++;
    }
  }

  private count(doc: CorpusDocument, answer: IngestAnswer): void {
    const label = answer.outcome ? `${answer.status} ${answer.outcome}` : String(answer.status);
    this.tally.answers[label] = (this.tally.answers[label] ?? 0) + 1;
    // A shed post (503) was refused as a whole, by design: counted apart, not as a wrong answer.
    if (answer.status !== 503 && answer.outcome !== doc.expected) this.tally.unexpected++;
  }
}

async function sleepUntil(at: number): Promise<void> {
  const wait = at - performance.now();
  if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
}
