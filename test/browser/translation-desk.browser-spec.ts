import { mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Kafka } from 'kafkajs';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { Article, Topics, articleUri, physicalTopic } from '@news/contracts';
import { createKafka } from '@news/messaging';
import { formatArabicDateTime } from '@news/text';
import { AddUserUseCase } from '../../apps/translate-queue/src/desk/people/add-user/add-user.use-case';
import { translationArticleId } from '../../apps/translate-queue/src/desk/output/translation-article';
import { testInfrastructure } from '../support/infrastructure';
import { RunningPipeline, startPipeline } from '../support/pipeline';
import { uniqueRunPrefix } from '../support/test-run';
import { waitForKey } from '../support/topic-reader';

jest.setTimeout(240_000);

/** Debian's chromium, driven by playwright-core: nothing downloads a browser (scripts/test.sh installs it). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * The README shows the queue and the job page as this test leaves them. They
 * go to .run/screenshots on every run, and to docs/ (the committed copies)
 * with UPDATE_SCREENSHOTS=1, so a plain test run never changes tracked files.
 */
const SCREENSHOTS = join(__dirname, '../..', process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : '.run/screenshots');
const VIEWPORT = { width: 1360, height: 860 };

const TRANSLATOR = { username: 'salma', password: 'a long translator password', displayName: 'سلمى يوسف' };
const EDITOR = { username: 'farah', password: 'a long editor password 2', displayName: 'فرح ناصيف' };

/** A page capture in SMART's shape: headline, credit and date line, dateline, paragraphs. */
function pageCapture(page: { headline: string; category: string; minutesAgo: number; paragraphs: string[] }): string {
  const date = formatArabicDateTime(new Date(Date.now() - page.minutesAgo * 60_000), 'Asia/Damascus');
  return [
    page.headline,
    `تحرير أمنة رياض 🕔 تم النشر بتاريخ : ${date} ${page.category}`,
    'إدلب، سمارت',
    ...page.paragraphs,
  ].join('\n\n');
}

/** The story the desk translates: glossary terms, and a number (٤٠٠) that QA must find in the translation. */
const STORY = {
  headline: 'فصائل من الجيش الحر تأسر عناصر من تنظيم الدولة جنوب شرق إدلب',
  category: 'خبر عسكري تنظيم الدولة الإسلامية',
  minutesAgo: 20,
  paragraphs: [
    'أنهت فصائل من الجيش السوري الحر إضافة إلى هيئة تحرير الشام، يوم الثلاثاء، وجود تنظيم "الدولة الإسلامية" في ريف إدلب الجنوبي الشرقي.',
    'وقال قائد عسكري لـ"سمارت" إن عدد الأسرى بلغ ٤٠٠ عنصر، سلموا أنفسهم مع أسلحتهم الخفيفة والمتوسطة.',
  ],
};

/** Two more originals, so the queue shows a desk's morning rather than one row. */
const OTHER_STORIES = [
  {
    headline: 'بدء إصلاح خط المياه الرئيسي في دوما بعد أسابيع من الانقطاع',
    category: 'خبر خدمي',
    minutesAgo: 45,
    paragraphs: [
      'بدأ عمال البلدية في مدينة دوما يوم الأحد إصلاح خط المياه الرئيسي بعد أسابيع من الانقطاع.',
      'وقال المجلس المحلي إن أعمال الصيانة ستستغرق عشرة أيام.',
    ],
  },
  {
    headline: 'المجلس المحلي في معرة النعمان يفتتح مدرسة جديدة',
    category: 'خبر محلي',
    minutesAgo: 5,
    paragraphs: ['افتتح المجلس المحلي في معرة النعمان مدرسة جديدة تتسع لـ ٣٠٠ طالب.'],
  },
];

const TRANSLATION = {
  headline: 'FSA factions capture Islamic State members in Southeastern Idlib',
  paragraphs: [
    'On Tuesday, Free Syrian Army factions as well as Hayat Tahrir al-Sham ended the presence of the Islamic State in the Southeastern countryside of Idlib.',
    // The first draft leaves out the number: QA refuses the submission.
    'A military commander told SMART that the captives surrendered with their light and medium weapons.',
  ],
  fixedSecondParagraph:
    'A military commander told SMART that the number of captives reached 400 members, who surrendered with their light and medium weapons.',
  afterReturn:
    'A military commander told SMART that 400 members were captured; they surrendered with their light and medium weapons.',
};

const RETURN_COMMENT = 'Say who captured whom: "the number of captives reached" is unclear. Rephrase paragraph 2.';

describe('the translation desk in a browser', () => {
  let pipeline: RunningPipeline;
  let kafka: Kafka;
  let browser: Browser;
  let desk: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    pipeline = await startPipeline(uniqueRunPrefix('desk_web'));
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'browser-desk-reader' });
    const translateQueue = pipeline.apps[1];
    desk = `http://127.0.0.1:${(translateQueue.getHttpServer().address() as AddressInfo).port}`;
    const addUser = translateQueue.get(AddUserUseCase);
    await addUser.execute({ ...TRANSLATOR, role: 'translator' });
    await addUser.execute({ ...EDITOR, role: 'translation-editor' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await pipeline?.stop();
  });

  /** A person at their own browser: a context of their own, so each keeps their own sessionStorage. */
  async function personAt(): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Asia/Damascus' });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The pages' Content-Security-Policy must not be blocking anything they need.
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        pageErrors.push(message.text());
    });
    return page;
  }

  async function signIn(page: Page, person: { username: string; password: string }): Promise<void> {
    await page.goto(`${desk}/desk`);
    await page.waitForURL(/\/desk\/login\?next=/);
    await page.getByLabel('Username').fill(person.username);
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${desk}/desk`);
  }

  async function post(capture: string): Promise<string> {
    const response = await fetch(`${pipeline.ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', ...pipeline.feedHeaders },
      body: capture,
    });
    expect(response.status).toBe(202);
    return ((await response.json()) as { articleId: string }).articleId;
  }

  /** The queue with the given filters, reloaded until a job with this headline is listed (jobs open as events arrive). */
  async function queueShowing(page: Page, headline: string, query = ''): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      await page.goto(`${desk}/desk${query}`);
      await page
        .locator('#queue-status')
        .filter({ hasText: /jobs?|No jobs/ })
        .waitFor();
      if ((await page.getByRole('link', { name: headline }).count()) > 0) return;
      if (Date.now() > deadline) throw new Error(`the queue never listed "${headline}"`);
      await page.waitForTimeout(500);
    }
  }

  async function stateIs(page: Page, label: string): Promise<void> {
    await page.locator('#job-facts .badge', { hasText: label }).waitFor();
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
  }

  it('takes an Arabic original through a translator and a translation editor to an English translation on news.published.v1', async () => {
    const originalId = await post(pageCapture(STORY));
    for (const story of OTHER_STORIES) await post(pageCapture(story));

    // The translator signs in; a wrong password is refused in words, not a status code.
    const translator = await personAt();
    await translator.goto(`${desk}/desk/login`);
    await translator.getByLabel('Username').fill(TRANSLATOR.username);
    await translator.getByLabel('Password').fill('not the password at all');
    await translator.getByRole('button', { name: 'Sign in' }).click();
    await translator
      .getByRole('alert')
      .filter({ hasText: /wrong username or password/i })
      .waitFor();
    await signIn(translator, TRANSLATOR);
    await expect(translator.locator('#session-user').textContent()).resolves.toContain(TRANSLATOR.displayName);

    // The queue, filtered to open Arabic → English jobs through the form.
    await queueShowing(translator, OTHER_STORIES[1].headline);
    await queueShowing(translator, STORY.headline);
    await translator.getByLabel('State').selectOption('open');
    await translator.getByLabel('Languages').selectOption('ar-en');
    await translator.getByRole('button', { name: 'Show jobs' }).click();
    await translator.waitForURL(/\?state=open&pair=ar-en$/);
    await translator.getByRole('link', { name: STORY.headline }).waitFor();
    const row = translator.locator('tr', { has: translator.getByRole('link', { name: STORY.headline }) });
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('2 · high');
    await expect(translator.locator('#queue tbody tr').count()).resolves.toBe(3);
    await screenshot(translator, 'desk-queue.png');

    // The job: Arabic right to left beside the English, paragraph by paragraph, glossary terms marked.
    await translator.getByRole('link', { name: STORY.headline }).click();
    await translator.waitForURL(/\/desk\/jobs\//);
    const jobUrl = translator.url();
    await stateIs(translator, 'Open');
    const source = translator.locator('#source-p0');
    await expect(source.getAttribute('lang')).resolves.toBe('ar');
    await expect(source.getAttribute('dir')).resolves.toBe('rtl');
    await expect(source.locator('mark.term').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['الجيش السوري الحر', 'هيئة تحرير الشام']),
    );
    await expect(translator.locator('#glossary-hints').textContent()).resolves.toContain('Hayat Tahrir al-Sham');

    // Claim, type, submit: QA refuses a draft that drops the 400.
    await translator.getByRole('button', { name: 'Claim' }).click();
    await stateIs(translator, 'Claimed');
    const target = translator.getByLabel('Paragraph 2, English');
    await expect(target.getAttribute('lang')).resolves.toBe('en');
    await expect(target.getAttribute('dir')).resolves.toBe('ltr');
    await translator.getByLabel('Headline, English').fill(TRANSLATION.headline);
    await translator.getByLabel('Paragraph 1, English').pressSequentially(TRANSLATION.paragraphs[0].slice(0, 40));
    await translator.getByLabel('Paragraph 1, English').fill(TRANSLATION.paragraphs[0]);
    await target.fill(TRANSLATION.paragraphs[1]);
    await translator.locator('#save-status', { hasText: 'Draft saved' }).waitFor();
    await translator.getByRole('button', { name: 'Submit for review' }).click();
    await translator.locator('#qa-results li.blocking', { hasText: /400/ }).waitFor();
    await stateIs(translator, 'Claimed');

    await target.fill(TRANSLATION.fixedSecondParagraph);
    await translator.getByRole('button', { name: 'Submit for review' }).click();
    await stateIs(translator, 'Submitted');

    // The translation editor returns it with a comment.
    const editor = await personAt();
    await signIn(editor, EDITOR);
    await queueShowing(editor, STORY.headline, '?state=submitted');
    await editor.getByRole('link', { name: STORY.headline }).click();
    await stateIs(editor, 'Submitted');
    await expect(editor.getByLabel('Paragraph 2, English').inputValue()).resolves.toBe(
      TRANSLATION.fixedSecondParagraph,
    );
    await editor.getByLabel('What needs fixing').fill(RETURN_COMMENT);
    await editor.getByRole('button', { name: 'Return with comment' }).click();
    await stateIs(editor, 'Returned');

    // The translator sees the comment, claims the job back, fixes the paragraph and resubmits.
    await translator.goto(jobUrl);
    await stateIs(translator, 'Returned');
    await translator.locator('#job-notices', { hasText: RETURN_COMMENT }).waitFor();
    await translator.getByRole('button', { name: 'Claim' }).click();
    await stateIs(translator, 'Claimed');
    await target.fill(TRANSLATION.afterReturn);
    await translator.locator('#save-status', { hasText: 'Draft saved' }).waitFor();
    await translator.locator('#qa-results li.passed').waitFor();
    await expect(translator.locator('#qa-results li.blocking').count()).resolves.toBe(0);
    await screenshot(translator, 'desk-job.png');
    await translator.getByRole('button', { name: 'Submit for review' }).click();
    await stateIs(translator, 'Submitted');

    // The editor approves.
    await editor.reload();
    await stateIs(editor, 'Submitted');
    await editor.getByRole('button', { name: 'Approve' }).click();
    await stateIs(editor, 'Approved');
    await editor.locator('#audit', { hasText: RETURN_COMMENT }).waitFor();

    // The English translation reaches news.published.v1, linked to its original, both people credited by role.
    const translationId = translationArticleId(originalId, 'en');
    const record = await waitForKey(
      kafka,
      physicalTopic(pipeline.prefix, Topics.published),
      translationId,
      `${pipeline.prefix}.reader`,
      60_000,
    );
    const article = JSON.parse(record.value!.toString('utf8')) as Article;
    expect(article.language).toBe('en');
    expect(article.headlines[0].value).toBe(TRANSLATION.headline);
    expect(article.bodies[0].value).toBe([TRANSLATION.paragraphs[0], TRANSLATION.afterReturn].join('\n\n'));
    expect(article.newsroom.translation).toEqual({ fromLanguage: 'ar', originalUri: articleUri(originalId) });
    expect(article.infoSources).toEqual(
      expect.arrayContaining([
        { name: TRANSLATOR.displayName, role: 'translator' },
        { name: EDITOR.displayName, role: 'translation-editor' },
      ]),
    );
    expect(pageErrors).toEqual([]);
  });
});
