import { Article, NEWSROOM_SCHEMA_ID, articleIdFor, articleUri } from '@news/contracts';

/** A small valid article for tests; override what the test is about. */
export function anArticle(
  overrides: Partial<Omit<Article, 'newsroom'>> & { newsroom?: Partial<Article['newsroom']> } = {},
): Article {
  const articleId = overrides.newsroom?.articleId ?? articleIdFor('test-feed', 'guid-1');
  const { newsroom, ...rest } = overrides;
  return {
    uri: articleUri(articleId),
    type: 'text',
    version: '1',
    language: 'en',
    headlines: [{ role: 'main', value: 'Shelling hits a market in Douma' }],
    bodies: [{ role: 'text', contentType: 'text/plain', value: 'On Monday, shelling hit a market in Douma.' }],
    firstCreated: '2018-02-12T08:00:00.000Z',
    versionCreated: '2018-02-12T08:00:00.000Z',
    pubStatus: 'usable',
    standard: { name: 'ninjs', version: '3.1', schema: NEWSROOM_SCHEMA_ID },
    ...rest,
    newsroom: { articleId, source: { feed: 'test-feed', guid: 'guid-1' }, credits: [], ...newsroom },
  };
}
