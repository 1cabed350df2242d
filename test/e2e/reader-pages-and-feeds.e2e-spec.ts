import { parseFeed } from '@rowanmanning/feed-parser';
import { Kafka } from 'kafkajs';
import { Article, ArticleEventTypes, Topics, articleIdFor, articleUri, physicalTopic } from '@news/contracts';
import { createKafka, encodeArticleEvent } from '@news/messaging';
import { anArticle } from '../support/article-fixtures';
import { testInfrastructure } from '../support/infrastructure';
import { RunningPipeline, startPipeline } from '../support/pipeline';
import { uniqueRunPrefix } from '../support/test-run';
import { produceTo } from '../support/topic-reader';
import { waitFor } from '../support/wait-for';

jest.setTimeout(180_000);

const ADMIN_TOKEN = 'e2e-pages-admin-token-0123456789';
const FEED = 'pages-feed';
const id = (guid: string) => articleIdFor(FEED, guid);
const MILITARY = { name: 'خبر عسكري', rel: 'category', literal: 'military', uri: 'urn:newsroom:category:military' };
const HUMANITARIAN = { name: 'خبر إنساني', rel: 'category', literal: 'humanitarian' };

function story(
  guid: string,
  overrides: Partial<Omit<Article, 'newsroom'>> & { newsroom?: Partial<Article['newsroom']> },
) {
  return anArticle({
    places: [{ name: 'Idlib', uri: 'https://sws.geonames.org/169389/' }],
    ...overrides,
    newsroom: { articleId: id(guid), source: { feed: FEED, guid }, ...overrides.newsroom },
  });
}

/** Published in this order: first publication decides previous and next. */
const STORIES: Article[] = [
  story('older', {
    headlines: [{ value: 'Shelling on Maarrat al-Nu’man kills two' }],
    subjects: [MILITARY],
    bodies: [{ contentType: 'text/plain', value: 'Shelling hit Maarrat al-Nu’man in Idlib on Monday.' }],
  }),
  story('original', {
    language: 'ar',
    headlines: [{ value: 'فصائل من الجيش الحر تأسر عناصر من تنظيم الدولة جنوب شرق إدلب' }],
    subjects: [MILITARY],
    bodies: [{ contentType: 'text/plain', value: 'أنهت فصائل من الجيش السوري الحر وجود تنظيم الدولة في ريف إدلب.' }],
    versionCreated: '2018-02-13T09:56:59.000Z',
    newsroom: { credits: [{ name: 'أمنة رياض', role: 'editor' }] },
  }),
  story('translation', {
    headlines: [{ value: 'FSA factions capture ISIS members in Southeastern Idlib' }],
    subjects: [MILITARY, { name: 'تنظيم الدولة الإسلامية', rel: 'tag' }],
    bodies: [
      {
        contentType: 'text/plain',
        value: 'On Tuesday, FSA factions ended ISIS presence in Idlib.\n\nA commander said 400 members surrendered.',
      },
    ],
    versionCreated: '2018-02-13T09:56:59.000Z',
    newsroom: {
      credits: [
        { name: 'أمنة رياض', role: 'editor' },
        { name: 'محمد غيث', role: 'translator' },
        { name: 'فرح ناصيف', role: 'translation-editor' },
      ],
      dateline: { place: 'Idlib', agency: 'SMART', text: 'Idlib, SMART' },
      translation: { fromLanguage: 'ar', originalUri: articleUri(id('original')) },
    },
  }),
  story('aid', {
    headlines: [{ value: 'Aid convoy reaches Douma' }],
    subjects: [HUMANITARIAN],
    places: [{ name: 'Douma' }],
  }),
  story('newer', { headlines: [{ value: 'Clashes in al-Tamaniah' }], subjects: [MILITARY] }),
  story('withdrawn', { headlines: [{ value: 'A report that did not hold' }], subjects: [MILITARY] }),
];

describe('pages and feeds for readers, served by publish', () => {
  let pipeline: RunningPipeline;
  let kafka: Kafka;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${pipeline.publishUrl}${path}`, { headers, redirect: 'manual' });
  const page = async (path: string) => {
    const response = await get(path);
    return { status: response.status, type: response.headers.get('content-type'), html: await response.text() };
  };

  beforeAll(async () => {
    process.env.PUBLISH_ADMIN_TOKEN = ADMIN_TOKEN;
    pipeline = await startPipeline(uniqueRunPrefix('e2e_pages'));
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'e2e-pages' });
    for (const article of STORIES) {
      await produceTo(kafka, physicalTopic(pipeline.prefix, Topics.enriched), [
        encodeArticleEvent({ type: ArticleEventTypes.enriched, source: 'urn:newsroom:enrich', article }),
      ]);
      const path = `/v1/articles/${article.newsroom.articleId}`;
      await waitFor(async () => (await get(path)).status === 200, `${path} to be published`);
    }
    const kill = await fetch(`${pipeline.publishUrl}/v1/admin/articles/${id('withdrawn')}/kill`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ notice: 'Withdrawn: the report could not be confirmed.' }),
    });
    expect(kill.status).toBe(200);
  });

  afterAll(async () => {
    await pipeline?.stop();
    delete process.env.PUBLISH_ADMIN_TOKEN;
  });

  it('serves a translation’s page with its credits, Arabic date, original, category and neighbours', async () => {
    const { status, type, html } = await page(`/articles/${id('translation')}`);
    expect(status).toBe(200);
    expect(type).toBe('text/html; charset=utf-8');
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<abbr class="role" title="Translation editor">تحرير الترجمة</abbr>');
    expect(html).toContain('13 فبراير، 2018 11:56:59 ص');
    expect(html).toContain(`href="/articles/${id('original')}" lang="ar" dir="rtl">العربية — `);
    expect(html).toContain('<a href="/en/military/">خبر عسكري</a>');
    expect(html).toContain(`<a rel="prev" href="/articles/${id('older')}">`);
    expect(html).toContain(`<a rel="next" href="/articles/${id('newer')}">`);
    expect(html).toContain('<p class="dateline">Idlib, SMART</p>');
  });

  it('serves the original right to left, linked to its translation, with related news', async () => {
    const { html } = await page(`/articles/${id('original')}`);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(`hreflang="en" href="/articles/${id('translation')}"`);
    expect(html).toMatch(/<h2 id="related-heading">الاخبار المتعلقة<\/h2>\s*<ul>.*href="\/articles\//s);
  });

  it('answers a repeat with a matching ETag with 304', async () => {
    const first = await get(`/articles/${id('translation')}`);
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await get(`/articles/${id('translation')}`, { 'if-none-match': etag })).status).toBe(304);
  });

  it('says a killed article was withdrawn (410) and an unknown one is not there (404)', async () => {
    const killed = await page(`/articles/${id('withdrawn')}`);
    expect(killed.status).toBe(410);
    expect(killed.html).toContain('Withdrawn: the report could not be confirmed.');
    expect((await page(`/articles/${id('never-sent')}`)).status).toBe(404);
    expect((await page('/articles/not-an-id')).status).toBe(404);
  });

  it('lists the latest by language and category, without killed articles', async () => {
    const english = await page('/en/');
    for (const guid of ['older', 'translation', 'aid', 'newer']) expect(english.html).toContain(id(guid));
    expect(english.html).not.toContain(id('original'));
    expect(english.html).not.toContain(id('withdrawn'));
    const military = await page('/en/military/');
    expect(military.html).toContain(id('translation'));
    expect(military.html).not.toContain(id('aid'));
    const arabic = await page('/ar/');
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.html).toContain(id('original'));
    expect((await page('/')).html).toContain(id('original'));
    expect((await page('/en/?before=nonsense')).status).toBe(400);
  });

  it('serves RSS and Atom feeds a real feed parser reads, per language and category', async () => {
    const rss = await get('/feeds/en.rss');
    expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const parsed = parseFeed(await rss.text());
    expect(parsed.meta.type).toBe('rss');
    expect(parsed.language).toBe('en');
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Clashes in al-Tamaniah',
      'Aid convoy reaches Douma',
      'FSA factions capture ISIS members in Southeastern Idlib',
      'Shelling on Maarrat al-Nu’man kills two',
    ]);
    expect(parsed.items[2].url).toBe(`http://localhost:3004/articles/${id('translation')}`);
    expect(parsed.items[2].content).toBe(
      '<p>On Tuesday, FSA factions ended ISIS presence in Idlib.</p><p>A commander said 400 members surrendered.</p>',
    );

    const atom = parseFeed(await (await get('/feeds/en/military.atom')).text());
    expect(atom.meta.type).toBe('atom');
    expect(atom.items.map((i) => i.id)).toEqual(['newer', 'translation', 'older'].map((guid) => articleUri(id(guid))));
    expect(atom.items[1].authors.map((a) => a.name)).toEqual(['أمنة رياض', 'محمد غيث', 'فرح ناصيف']);
    expect(atom.items[1].categories.map((c) => c.term)).toEqual(['military']);

    const arabic = parseFeed(await (await get('/feeds/ar.rss')).text());
    expect(arabic.items.map((i) => i.title)).toEqual(['فصائل من الجيش الحر تأسر عناصر من تنظيم الدولة جنوب شرق إدلب']);
  });

  it('answers feed revalidation with 304, by ETag and by Last-Modified, until the feed changes', async () => {
    // Last-Modified is sent once the second of the last change is over (whole-second HTTP dates).
    let first = await get('/feeds/en.atom');
    await waitFor(async () => (first = await get('/feeds/en.atom')).headers.has('last-modified'), 'a Last-Modified');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect((await get('/feeds/en.atom', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/feeds/en.atom', { 'if-modified-since': lastModified })).status).toBe(304);

    await produceTo(kafka, physicalTopic(pipeline.prefix, Topics.enriched), [
      encodeArticleEvent({
        type: ArticleEventTypes.enriched,
        source: 'urn:newsroom:enrich',
        article: story('latest', { headlines: [{ value: 'Latest from Idlib' }], subjects: [MILITARY] }),
      }),
    ]);
    await waitFor(async () => (await get('/feeds/en.atom', { 'if-none-match': etag })).status === 200, 'a new ETag');
    const changed = await get('/feeds/en.atom', { 'if-modified-since': lastModified });
    expect(changed.status).toBe(200);
    expect(parseFeed(await changed.text()).items[0].title).toBe('Latest from Idlib');
  });

  it('leaves the paths the fronts overlap to the routes that own them', async () => {
    expect((await get('/health/live')).status).toBe(200);
    const metrics = await get('/metrics');
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('# HELP');
    expect((await get('/asyncapi.json')).headers.get('content-type')).toContain('application/json');
    expect((await get('/v1/articles?limit=1')).headers.get('content-type')).toContain('application/json');
    expect((await get('/feeds/zz.rss')).status).toBe(404);
    expect((await get('/xx/')).status).toBe(404);
  });
});
