import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Article, ArticleEvent, ArticleEventTypes, Topics } from '@news/contracts';
import { CacheAside } from '@news/cache';
import { loadServiceConfig } from '@news/config';
import { CreateProcessedEvents1764000000100, openServiceDataSource, schemaName } from '@news/persistence';
import { anArticle, testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { CreatePublishedArticles1764000000002 } from '../migrations/1764000000002-create-published-articles';
import { DropAnnounced1764000000003 } from '../migrations/1764000000003-drop-announced';
import { PublishArticleUseCase } from './publish-article.use-case';
import { PublishedArticle } from './published-article.entity';
import { ReadArticleUseCase } from './read-article.use-case';

function enriched(version: number, headline: string, articleId = 'a'.repeat(32)): ArticleEvent {
  const article: Article = anArticle({
    version: String(version),
    headlines: [{ role: 'main', value: headline }],
    newsroom: { articleId },
  });
  return {
    id: `e-${version}-${headline}`,
    type: ArticleEventTypes.enriched,
    source: 'test',
    time: new Date().toISOString(),
    correlationId: 'c',
    article,
  };
}

/** publish's use cases on a real Postgres schema and the real Redis. */
describe('PublishArticleUseCase against the real Postgres and Redis', () => {
  const prefix = uniqueRunPrefix('publish');
  const config = loadServiceConfig('publish', 0, {
    DATABASE_URL: testInfrastructure.databaseUrl,
    PG_SCHEMA_PREFIX: `${prefix}_`,
  });
  let dataSource: DataSource;
  let redis: Redis;
  let publish: PublishArticleUseCase;
  let read: ReadArticleUseCase;

  beforeAll(async () => {
    dataSource = await openServiceDataSource({
      url: config.database.url,
      schema: schemaName(config.database.schemaPrefix, 'publish'),
      entities: [PublishedArticle],
      migrations: [
        CreatePublishedArticles1764000000002,
        DropAnnounced1764000000003,
        CreateProcessedEvents1764000000100,
      ],
      poolSize: 2,
    });
    redis = new Redis(testInfrastructure.redisUrl);
    publish = new PublishArticleUseCase(dataSource, config, new CacheAside(redis, new Logger('Cache')));
    read = new ReadArticleUseCase(dataSource, config, new CacheAside(redis, new Logger('Cache')));
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}_*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await dataSource.query(`DROP SCHEMA IF EXISTS "${prefix}_publish" CASCADE`);
    await dataSource.destroy();
  });

  it('announces each new version with an id of article and version, and serves the newest', async () => {
    const [first] = await publish.execute(enriched(1, 'Shelling hits Douma'));
    expect(first).toMatchObject({ topic: Topics.published, event: { type: ArticleEventTypes.published } });
    expect(first.event.id).toBe(`${first.event.article.newsroom.articleId}.v1`);
    expect((await read.execute(first.event.article.newsroom.articleId)).headlines[0].value).toBe('Shelling hits Douma');

    const [second] = await publish.execute(enriched(2, 'Shelling hits Douma, nine dead'));
    expect(second.event.id).toBe(`${second.event.article.newsroom.articleId}.v2`);
    // The cached version 1 was invalidated by the write: the reader sees version 2.
    expect((await read.execute(second.event.article.newsroom.articleId)).headlines[0].value).toBe(
      'Shelling hits Douma, nine dead',
    );
  });

  it('neither stores nor announces an older version that arrives late', async () => {
    const id = 'b'.repeat(32);
    await publish.execute(enriched(1, 'Factions take a village', id));
    await publish.execute(enriched(2, 'Factions take a village, commander says', id));

    expect(await publish.execute(enriched(1, 'Factions take a village (late copy)', id))).toEqual([]);
    const stored = await dataSource.getRepository(PublishedArticle).findOneByOrFail({ articleId: id });
    expect(stored.version).toBe(2);
  });
});
