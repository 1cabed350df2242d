import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { openServiceDataSource } from '@news/persistence';
import { anArticle, testInfrastructure, uniqueRunPrefix } from '@news/testing';
import { StoredArticle } from '../articles/stored-article.entity';
import { INGEST_ENTITIES, INGEST_MIGRATIONS } from '../ingest-database';
import { Fingerprint } from './fingerprint.entity';
import { simhash64, simhashFromSql } from './simhash';

jest.setTimeout(60_000);

describe('the fingerprints migration on a schema that already holds articles', () => {
  const schema = `${uniqueRunPrefix('fpmig')}_ingest`;
  let dataSource: DataSource | undefined;

  afterAll(async () => {
    await dataSource?.destroy();
    const pool = new Pool({ connectionString: testInfrastructure.databaseUrl });
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it("fills in each article's language, source language and publish time, and fingerprints it as accepting it would have", async () => {
    const before = INGEST_MIGRATIONS.filter(
      (migration) => migration.name !== 'CreateFingerprintsAndTranslationLinks1764000000300',
    );
    const old = await openServiceDataSource({
      url: testInfrastructure.databaseUrl,
      schema,
      entities: [],
      migrations: before,
    });
    const article = anArticle({ language: 'en', newsroom: { translation: { fromLanguage: 'ar' } } });
    const table = `"${schema}".articles`;
    await old.query(
      `INSERT INTO ${table} (article_id, feed, guid, version, content_hash, document, received_at) VALUES ($1, 'test-feed', 'guid-1', 1, 'h', $2, now())`,
      [article.newsroom.articleId, JSON.stringify(article)],
    );
    await old.destroy();

    dataSource = await openServiceDataSource({
      url: testInfrastructure.databaseUrl,
      schema,
      entities: INGEST_ENTITIES,
      migrations: INGEST_MIGRATIONS,
    });
    const stored = await dataSource
      .getRepository(StoredArticle)
      .findOneByOrFail({ articleId: article.newsroom.articleId });
    expect(stored).toMatchObject({
      language: 'en',
      translatedFrom: 'ar',
      publishedAt: new Date(article.versionCreated),
      duplicateOf: null,
    });
    const fingerprint = await dataSource
      .getRepository(Fingerprint)
      .findOneByOrFail({ articleId: article.newsroom.articleId });
    const expected = simhash64(`${article.headlines[0].value}\n${article.bodies[0].value}`);
    expect(simhashFromSql(fingerprint.simhash)).toBe(expected.value);
    expect(fingerprint).toMatchObject({ feed: 'test-feed', shingles: expected.shingles });
  });
});
