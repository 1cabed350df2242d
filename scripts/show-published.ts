import { readFileSync } from 'node:fs';
import { Article, Topics, physicalTopic } from '@news/contracts';
import { createKafka } from '@news/messaging';

/**
 * Posts the reference article to ingest as the feed FEED_ID (default smart)
 * with its key FEED_KEY (run.sh issues one with the feeds CLI), waits until
 * it appears on news.published.v1 (read by a fresh consumer, as a downstream
 * subscriber would) and prints what was published. Without FEED_KEY it posts
 * unauthenticated, which only an ingest running with FEED_AUTH=off accepts.
 */
async function main(): Promise<void> {
  const [file, ingestUrl] = process.argv.slice(2);
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const topic = physicalTopic(process.env.TOPIC_PREFIX ?? '', Topics.published);
  const started = Date.now();

  const response = await fetch(`${ingestUrl}/v1/articles`, {
    method: 'POST',
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      ...feedHeaders(process.env.FEED_ID ?? 'smart', process.env.FEED_KEY),
    },
    body: readFileSync(file),
  });
  const answer = (await response.json()) as { articleId: string; version: number; outcome: string };
  if (!response.ok) throw new Error(`ingest refused the article (${response.status}): ${JSON.stringify(answer)}`);
  console.log(
    `ingest answered ${response.status}: article ${answer.articleId} version ${answer.version} (${answer.outcome})`,
  );

  const article = await waitForPublished(brokers, topic, answer.articleId, answer.version);
  console.log(`\npublished on ${topic} after ${Date.now() - started} ms:\n`);
  console.log(describe(article));
}

function feedHeaders(feed: string, key: string | undefined): Record<string, string> {
  return key ? { 'x-feed-id': feed, authorization: `Bearer ${key}` } : { 'x-feed-id': feed };
}

async function waitForPublished(
  brokers: string[],
  topic: string,
  articleId: string,
  version: number,
): Promise<Article> {
  const consumer = createKafka({ brokers, clientId: 'show-published' }).consumer({
    groupId: `show-published-${Date.now()}`,
  });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  try {
    return await new Promise<Article>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`article ${articleId} did not reach ${topic} within 60 s`)),
        60_000,
      );
      void consumer.run({
        eachMessage: ({ message }) => {
          if (message.key?.toString() !== articleId || !message.value) return Promise.resolve();
          const article = JSON.parse(message.value.toString('utf8')) as Article;
          if (Number(article.version) >= version) {
            clearTimeout(timer);
            resolve(article);
          }
          return Promise.resolve();
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
}

function describe(article: Article): string {
  const text = article.bodies.find((b) => b.contentType === 'text/plain')?.value ?? '';
  const credits = article.newsroom.credits.map((c) => `${c.role}: ${c.name}`).join(' | ');
  const subject = (rel: string) =>
    article.subjects
      ?.filter((s) => s.rel === rel)
      .map((s) => (s.literal ? `${s.literal} (${s.name})` : s.name))
      .join(', ');
  const place = article.newsroom.enrichment?.datelinePlace;
  return [
    `  headline    ${article.headlines[0].value}`,
    `  credits     ${credits}`,
    `  published   ${article.versionCreated}`,
    `  dateline    ${article.newsroom.dateline?.text ?? '-'}${place ? ` (${place.latitude}, ${place.longitude})` : ''}`,
    `  category    ${subject('category') ?? '-'}`,
    `  tag         ${subject('tag') ?? '-'}`,
    `  language    ${article.language}${article.newsroom.translation ? ` (translated from ${article.newsroom.translation.fromLanguage})` : ''}`,
    `  paragraphs  ${text.split('\n\n').filter(Boolean).length}, ${article.bodies[0].wordCount ?? '?'} words`,
    `  previous    ${article.newsroom.links?.previous?.headline ?? '-'}`,
    `  next        ${article.newsroom.links?.next?.headline ?? '-'}`,
    `  uri         ${article.uri} (version ${article.version})`,
  ].join('\n');
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
