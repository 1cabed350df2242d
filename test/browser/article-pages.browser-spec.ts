import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { formatArabicDateTime } from '@news/text';
import { RunningPipeline, startPipeline } from '../support/pipeline';
import { uniqueRunPrefix } from '../support/test-run';
import { waitFor } from '../support/wait-for';

jest.setTimeout(240_000);

/** Debian's chromium, driven by playwright-core: nothing downloads a browser (scripts/test.sh installs it). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** As the desk's browser test: .run/screenshots on every run, docs/ (the committed copies) with UPDATE_SCREENSHOTS=1. */
const SCREENSHOTS = join(__dirname, '../..', process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : '.run/screenshots');
const REFERENCE = readFileSync(join(__dirname, '../fixtures/smart-2018-02-13-idlib.txt'), 'utf8');
/** The reference article's publish time: its Arabic original is filed at the same minute. */
const PUBLISHED = '2018-02-13T09:56:59.000Z';

/** A page capture in SMART's shape: headline, credit and date line, dateline, paragraphs. */
function capture(story: {
  headline: string;
  credit: string;
  at: string;
  category: string;
  dateline: string;
  paragraphs: string[];
}): string {
  const date = formatArabicDateTime(story.at, 'Asia/Damascus');
  return [
    story.headline,
    `${story.credit} 🕔 تم النشر بتاريخ : ${date} ${story.category}`,
    story.dateline,
    ...story.paragraphs,
  ].join('\n\n');
}

/** The reference article's Arabic original (written for this test, in SMART's shape). */
const ORIGINAL = capture({
  headline: 'فصائل من الجيش الحر وكتائب إسلامية تنهي وجود تنظيم الدولة جنوب شرق إدلب وتأسر عناصر منه',
  credit: 'تحرير أمنة رياض',
  at: PUBLISHED,
  category: 'خبر عسكري تنظيم الدولة الإسلامية',
  dateline: 'إدلب، سمارت',
  paragraphs: [
    'أنهت فصائل من الجيش السوري الحر وكتائب إسلامية إضافة إلى هيئة تحرير الشام، يوم الثلاثاء، وجود تنظيم الدولة الإسلامية في ريف إدلب الجنوبي الشرقي، وأسرت المئات من عناصره.',
    'وقال القيادي في حركة أحرار الشام حسام سلامة لـ"سمارت" إن عدد الأسرى بلغ ٤٠٠ عنصر، سلموا أنفسهم مع أسلحتهم الخفيفة والمتوسطة.',
  ],
});

/** English military stories filed before and after it: the page's previous and next. */
const EARLIER = capture({
  headline: 'Shelling on Maarrat al-Nu’man kills two civilians in Idlib countryside',
  credit: 'تحرير أمنة رياض | ترجمة محمد غيث',
  at: '2018-02-12T08:00:00.000Z',
  category: 'خبر عسكري',
  dateline: 'Idlib, SMART',
  paragraphs: [
    'On Monday, shelling by Syrian government forces killed two civilians in the city of Maarrat al-Nu’man, south of Idlib, and wounded several others.',
    'A local source told SMART that the shells hit a residential neighbourhood near the main market in the morning, when the streets were crowded.',
    'Civil Defence teams took the wounded to a field hospital in the city and searched the rubble of two houses for more victims.',
  ],
});
const LATER = capture({
  headline: 'Islamic State fighters surrender to Free Syrian Army in al-Tamaniah',
  credit: 'تحرير أمنة رياض | ترجمة محمد غيث',
  at: '2018-02-14T08:00:00.000Z',
  category: 'خبر عسكري',
  dateline: 'Idlib, SMART',
  paragraphs: [
    'On Wednesday, dozens of Islamic State fighters surrendered to Free Syrian Army factions in the town of al-Tamaniah, in the southeastern countryside of Idlib.',
    'A commander of the factions told SMART that the fighters handed over their weapons after a siege that lasted two days, and that they were taken to prisons for investigation.',
    'The factions said they would continue their campaign until the last of the group’s members in the area had been captured.',
  ],
});

describe('article pages in a browser', () => {
  let pipeline: RunningPipeline;
  let browser: Browser;
  let context: BrowserContext;
  const ids: Record<string, string> = {};
  const pageErrors: string[] = [];

  async function post(name: string, text: string): Promise<void> {
    const response = await fetch(`${pipeline.ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', ...pipeline.feedHeaders },
      body: text,
    });
    expect(response.status).toBe(202);
    ids[name] = ((await response.json()) as { articleId: string }).articleId;
  }

  /** Published, and (for the translation) carrying its link to the original. */
  async function published(id: string, mustContain = ''): Promise<void> {
    await waitFor(
      async () => {
        const response = await fetch(`${pipeline.publishUrl}/articles/${id}`);
        return response.status === 200 && (await response.text()).includes(mustContain);
      },
      `the page of ${id}`,
      120_000,
      250,
    );
  }

  beforeAll(async () => {
    pipeline = await startPipeline(uniqueRunPrefix('pages_web'));
    await post('earlier', EARLIER);
    await published(ids.earlier);
    await post('original', ORIGINAL);
    await published(ids.original);
    await post('reference', REFERENCE);
    await published(ids.reference, `/articles/${ids.original}`);
    await post('later', LATER);
    await published(ids.later);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB' });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await pipeline?.stop();
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    const response = await page.goto(`${pipeline.publishUrl}${path}`);
    expect(response?.status()).toBe(200);
    return page;
  }

  const direction = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate(
        (element) =>
          (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(element)
            .direction,
      );

  it('shows the reference translation left to right, its Arabic credit line right to left', async () => {
    const page = await open(`/articles/${ids.reference}`);
    await expect(page.evaluate('[document.documentElement.lang, document.documentElement.dir]')).resolves.toEqual([
      'en',
      'ltr',
    ]);
    await expect(page.locator('h1').textContent()).resolves.toBe(REFERENCE.split('\n')[0].trim());
    await expect(page.locator('.credits').innerText()).resolves.toBe(
      'تحرير أمنة رياض | ترجمة محمد غيث | تحرير الترجمة فرح ناصيف',
    );
    await expect(direction(page, '.credits')).resolves.toBe('rtl');
    await expect(direction(page, '.body')).resolves.toBe('ltr');
    await expect(page.locator('.published time span').textContent()).resolves.toBe('13 فبراير، 2018 11:56:59 ص');
    await expect(page.locator('.published time').getAttribute('datetime')).resolves.toBe(PUBLISHED);
    await expect(page.locator('.dateline').textContent()).resolves.toBe('Idlib, SMART');
    await expect(page.locator('.body p').count()).resolves.toBe(13);
    await expect(page.locator('.category a').textContent()).resolves.toBe('خبر عسكري');
    await expect(page.locator('.tags li').allTextContents()).resolves.toEqual(['تنظيم الدولة الإسلامية']);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en', dateline: 'Idlib, SMART' });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SCREENSHOTS, 'article-en.png'), fullPage: true });
  });

  it('goes from the translation to its Arabic original and back', async () => {
    const page = await open(`/articles/${ids.reference}`);
    await page.locator('.original a').click();
    await page.waitForURL(`**/articles/${ids.original}`);
    await expect(page.evaluate('document.documentElement.dir')).resolves.toBe('rtl');
    await expect(direction(page, 'main')).resolves.toBe('rtl');
    await expect(page.locator('.credits').innerText()).resolves.toBe('تحرير أمنة رياض');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SCREENSHOTS, 'article-ar.png'), fullPage: true });
    await page.locator('.translations a[hreflang="en"]').click();
    await page.waitForURL(`**/articles/${ids.reference}`);
  });

  it('walks previous and next within the category, and follows related news', async () => {
    const page = await open(`/articles/${ids.reference}`);
    await page.locator('a[rel="prev"]').click();
    await page.waitForURL(`**/articles/${ids.earlier}`);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(`**/articles/${ids.reference}`);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(`**/articles/${ids.later}`);
    const related = page.locator('.related a');
    await expect(related.count()).resolves.toBeGreaterThan(0);
    const href = await related.first().getAttribute('href');
    await related.first().click();
    await page.waitForURL(`**${href}`);
    await expect(page.locator('h1').count()).resolves.toBe(1);
  });

  it('lists the English front and follows a headline to its page', async () => {
    const page = await open('/en/military/');
    await page.getByRole('link', { name: REFERENCE.split('\n')[0].trim() }).click();
    await page.waitForURL(`**/articles/${ids.reference}`);
  });

  it('ran no script and broke no content policy on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
