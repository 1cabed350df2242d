import { parsePageCapture } from '../../apps/ingest/src/formats/page-capture/page-capture.parser';
import { CorpusDocument, CorpusStream } from './corpus-stream';

/**
 * Parses generated page captures with ingest's own parser and checks what it
 * read, so a corpus change that ingest would refuse shows up before a run.
 * Usage: node -r ./scripts/register-paths.js dist/bench/corpus/check-corpus.js [count] [seed]
 */
function main(): void {
  const count = Number(process.argv[2] ?? 2000);
  const stream = new CorpusStream({ seed: Number(process.argv[3] ?? 42), repostShare: 0.05, updateShare: 0.05 });
  const problems: string[] = [];
  const tally = { ar: 0, en: 0, created: 0, 'new-version': 0, unchanged: 0, minWords: Infinity, maxWords: 0 };
  for (let i = 0; i < count; i++) {
    const doc = stream.next();
    tally[doc.language]++;
    tally[doc.expected]++;
    tally.minWords = Math.min(tally.minWords, doc.words);
    tally.maxWords = Math.max(tally.maxWords, doc.words);
    problems.push(...check(doc).map((p) => `#${doc.serial}: ${p}`));
  }
  console.log(JSON.stringify(tally));
  if (problems.length > 0) {
    console.error(problems.slice(0, 20).join('\n'));
    process.exit(1);
  }
  console.log(`${count} documents parse as intended`);
}

function check(doc: CorpusDocument): string[] {
  try {
    const parsed = parsePageCapture(doc.text, { timeZone: 'Asia/Damascus' });
    const problems: string[] = [];
    if (parsed.language !== doc.language) problems.push(`language ${parsed.language}, expected ${doc.language}`);
    if (!parsed.category) problems.push('no category');
    if (!parsed.dateline) problems.push('no dateline');
    if (parsed.credits.length !== (doc.language === 'ar' ? 1 : 3))
      problems.push(`credits ${JSON.stringify(parsed.credits)}`);
    if (!parsed.links.previous || !parsed.links.next) problems.push('no previous/next links');
    if (doc.language === 'en' && parsed.translatedFrom !== 'ar') problems.push('not marked as translated');
    return problems;
  } catch (error) {
    return [`refused: ${(error as Error).message}`];
  }
}

main();
