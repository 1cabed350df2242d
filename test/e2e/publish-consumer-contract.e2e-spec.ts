import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Kafka, KafkaMessage } from 'kafkajs';
import {
  Article,
  ArticleEventTypes,
  CloudEventHeaders as H,
  Topics,
  articleIdFor,
  newsroomNinjsSchema,
  physicalTopic,
} from '@news/contracts';
import { createKafka, encodeArticleEvent, headerText, withAdmin } from '@news/messaging';
import { anArticle } from '../support/article-fixtures';
import { testInfrastructure } from '../support/infrastructure';
import { RunningPipeline, startPipeline } from '../support/pipeline';
import { uniqueRunPrefix } from '../support/test-run';
import { produceTo } from '../support/topic-reader';
import { waitFor } from '../support/wait-for';

jest.setTimeout(120_000);

const OFFICIAL_NINJS = join(__dirname, '../../../shared/standards/ninjs-schema_3.1.json');
const ADMIN_TOKEN = 'e2e-admin-token-0123456789';

/** Every served item: valid to the official ninjs 3.1 schema plus the newsroom extension (as the reference test checks). */
function ninjsValidator(): (item: unknown) => string[] {
  if (!existsSync(OFFICIAL_NINJS))
    throw new Error(`${OFFICIAL_NINJS} is missing: the official ninjs schema lives in ../shared`);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
  ajv.addSchema(JSON.parse(readFileSync(OFFICIAL_NINJS, 'utf8')));
  const validate = ajv.compile(newsroomNinjsSchema);
  const official = ajv.getSchema('http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json')!;
  return (item) => {
    const problems: string[] = [];
    if (!validate(item)) problems.push(...(validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
    const { newsroom: _n, ...standardOnly } = item as Article;
    void _n;
    if (!official(standardOnly))
      problems.push(...(official.errors ?? []).map((e) => `official ${e.instancePath} ${e.message}`));
    return problems;
  };
}

describe('a downstream consumer of publish: the change topic and the read API', () => {
  let pipeline: RunningPipeline;
  let kafka: Kafka;
  const changes: KafkaMessage[] = [];
  let stopReading: () => Promise<void>;
  const valid = ninjsValidator();
  const story = articleIdFor('e2e-feed', 'story');
  const embargoed = articleIdFor('e2e-feed', 'embargoed');

  const article = (
    guid: string,
    overrides: Partial<Omit<Article, 'newsroom'>> & { newsroom?: Partial<Article['newsroom']> } = {},
  ): Article =>
    anArticle({
      ...overrides,
      subjects: [{ name: 'Military', rel: 'category', literal: 'military', uri: 'urn:newsroom:category:military' }],
      places: [{ name: 'Idlib', uri: 'https://sws.geonames.org/169389/' }],
      newsroom: {
        articleId: articleIdFor('e2e-feed', guid),
        source: { feed: 'e2e-feed', guid },
        ...overrides.newsroom,
      },
    });

  /** What enrich would send. */
  const enriched = (a: Article) =>
    produceTo(kafka, physicalTopic(pipeline.prefix, Topics.enriched), [
      encodeArticleEvent({ type: ArticleEventTypes.enriched, source: 'urn:newsroom:enrich', article: a }),
    ]);
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${pipeline.publishUrl}${path}`, { headers });
  const typesFor = (id: string) =>
    changes.filter((m) => m.key?.toString() === id).map((m) => headerText(m.headers, H.type));

  beforeAll(async () => {
    process.env.PUBLISH_ADMIN_TOKEN = ADMIN_TOKEN;
    process.env.EMBARGO_POLL_MS = '100';
    pipeline = await startPipeline(uniqueRunPrefix('e2e_pub'));
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'e2e-consumer' });
    const changeTopic = physicalTopic(pipeline.prefix, Topics.publishedChanges);
    await waitFor(
      async () => (await withAdmin(kafka, (admin) => admin.listTopics())).includes(changeTopic),
      'the change topic',
    );
    const consumer = kafka.consumer({ groupId: `${pipeline.prefix}.downstream` });
    await consumer.connect();
    await consumer.subscribe({ topic: changeTopic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void changes.push(message) });
    stopReading = () => consumer.disconnect();
  });

  afterAll(async () => {
    await stopReading?.();
    await pipeline?.stop();
    delete process.env.PUBLISH_ADMIN_TOKEN;
    delete process.env.EMBARGO_POLL_MS;
  });

  it('sees a publish on the change topic, with headers to filter on, and reads it with an ETag', async () => {
    await enriched(article('story', { version: '1' }));
    await waitFor(() => typesFor(story).length >= 1, 'the publish event');
    const [event] = changes.filter((m) => m.key?.toString() === story);
    expect(headerText(event.headers, H.type)).toBe('news.article.published');
    expect(headerText(event.headers, H.language)).toBe('en');
    expect(headerText(event.headers, H.category)).toBe('military');
    expect(headerText(event.headers, H.version)).toBe('1');

    const response = await get(`/v1/articles/${story}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"v1-/);
    expect(valid(await response.json())).toEqual([]);
    expect((await get(`/v1/articles/${story}`, { 'if-none-match': etag })).status).toBe(304);
  });

  it('sees a correction as "corrected", and the API serves the new version and both versions', async () => {
    await enriched(article('story', { version: '2', edNote: 'Corrects the toll.', newsroom: { correction: true } }));
    await waitFor(() => typesFor(story).length >= 2, 'the correction event');
    expect(typesFor(story)).toEqual(['news.article.published', 'news.article.corrected']);
    const response = await get(`/v1/articles/${story}`);
    const served = (await response.json()) as Article;
    expect(served).toMatchObject({ version: '2', edNote: 'Corrects the toll.' });
    expect(response.headers.get('etag')).toMatch(/^"v2-/);
    const versions = (await (await get(`/v1/articles/${story}/versions`)).json()) as { items: Article[] };
    expect(versions.items.map((a) => a.version)).toEqual(['1', '2']);
    for (const item of versions.items) expect(valid(item)).toEqual([]);
  });

  it('holds an embargoed article, then sees a kill, then the release at the embargo time', async () => {
    const until = new Date(Date.now() + 4000);
    await enriched(article('embargoed', { embargoedUntil: until.toISOString() }));
    const kill = await fetch(`${pipeline.publishUrl}/v1/admin/articles/${story}/kill`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ notice: 'Withdrawn: the report could not be confirmed.' }),
    });
    expect(kill.status).toBe(200);
    await waitFor(() => typesFor(story).length >= 3, 'the kill event');
    expect(typesFor(story)).toEqual(['news.article.published', 'news.article.corrected', 'news.article.killed']);
    const gone = await get(`/v1/articles/${story}`);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ notice: 'Withdrawn: the report could not be confirmed.' });
    expect((await get(`/v1/articles/${embargoed}`)).status).toBe(404);

    await waitFor(() => typesFor(embargoed).length >= 1, 'the release', 30_000);
    expect(Date.now()).toBeGreaterThanOrEqual(until.getTime());
    expect(typesFor(embargoed)).toEqual(['news.article.released']);
    const killAt = changes.findIndex((m) => headerText(m.headers, H.type) === 'news.article.killed');
    const releaseAt = changes.findIndex((m) => headerText(m.headers, H.type) === 'news.article.released');
    expect(releaseAt).toBeGreaterThan(killAt);
    expect((await get(`/v1/articles/${embargoed}`)).status).toBe(200);
  });

  it('lists what is current, valid ninjs, without the killed article', async () => {
    const page = (await (await get('/v1/articles?category=military&limit=10')).json()) as {
      items: Article[];
      nextCursor: string | null;
    };
    expect(page.items.map((a) => a.newsroom.articleId)).toEqual([embargoed]);
    for (const item of page.items) expect(valid(item)).toEqual([]);
    expect(page.nextCursor).toBeNull();
  });

  it('serves the AsyncAPI document of the topics', async () => {
    const document = (await (await get('/asyncapi.json')).json()) as { asyncapi: string; channels: object };
    expect(document.asyncapi).toBe('3.0.0');
    expect(Object.keys(document.channels)).toContain('news_published_changes_v1');
  });

  it('describes its read API at /openapi.json: filters, validators, refusals and the admin token', async () => {
    type Operation = {
      parameters?: { name: string; in: string }[];
      responses: Record<string, unknown>;
      security?: unknown[];
    };
    const document = (await (await get('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, Operation>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(document.openapi).toMatch(/^3\./);
    const list = document.paths['/v1/articles'].get;
    expect(list.parameters!.map((p) => p.name)).toEqual(
      expect.arrayContaining(['language', 'category', 'place', 'organisation', 'since', 'q', 'cursor', 'limit']),
    );
    expect(Object.keys(document.paths['/v1/articles/{id}'].get.responses)).toEqual(
      expect.arrayContaining(['200', '304', '400', '404', '410']),
    );
    expect(document.paths['/v1/articles/{id}/versions'].get).toBeDefined();
    expect(document.paths['/v1/articles/{id}/related'].get).toBeDefined();
    expect(document.paths['/v1/admin/articles/{id}/kill'].post.security).toEqual([{ adminToken: [] }]);
    expect(document.components.securitySchemes.adminToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    // Pages and feeds are for readers, not part of the API.
    expect(
      Object.keys(document.paths).filter((path) => /^\/($|articles|feeds|assets|\{language\})/.test(path)),
    ).toEqual([]);
  });
});
