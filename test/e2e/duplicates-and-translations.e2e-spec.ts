import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, KafkaMessage } from 'kafkajs';
import { Article, Topics, articleUri, physicalTopic } from '@news/contracts';
import { createKafka } from '@news/messaging';
import { testInfrastructure } from '../support/infrastructure';
import { RunningPipeline, registerFeed, startPipeline } from '../support/pipeline';
import { uniqueRunPrefix } from '../support/test-run';
import { readWholeTopic, waitForKey, waitForRecord } from '../support/topic-reader';

jest.setTimeout(120_000);

/** The English reference: SMART's translation (ترجمة in its credits), published 13 Feb 2018 11:56:59 Damascus time. */
const REFERENCE = readFileSync(join(__dirname, '../fixtures/smart-2018-02-13-idlib.txt'), 'utf8');
const REFERENCE_DATE = '13 فبراير، 2018 11:56:59 ص';

/** A page capture in SMART's shape: headline, credit and date line, dateline, paragraphs. */
function pageCapture(page: {
  headline: string;
  credits: string;
  date: string;
  dateline: string;
  paragraphs: string[];
}): string {
  return [
    page.headline,
    `${page.credits} 🕔 تم النشر بتاريخ : ${page.date} خبر عسكري تنظيم الدولة الإسلامية`,
    page.dateline,
    ...page.paragraphs,
  ].join('\n\n');
}

/** The Arabic original of the reference, as SMART's Arabic site would print it: same publish time, an editor and no translator. */
function arabicOriginal(
  date: string,
  headline = 'فصائل من الجيش الحر وكتائب إسلامية تنهي وجود تنظيم "الدولة" جنوب شرق إدلب وتأسر عناصر منه',
): string {
  return pageCapture({
    headline,
    credits: 'تحرير أمنة رياض',
    date,
    dateline: 'إدلب، سمارت',
    paragraphs: [
      'أنهت فصائل من الجيش السوري الحر وكتائب إسلامية ضمن غرفة عمليات "رد الطغيان"، إضافة إلى "هيئة تحرير الشام"، يوم الثلاثاء، وجود تنظيم "الدولة الإسلامية" في ريف إدلب الجنوبي الشرقي شمالي سوريا، وأسرت المئات من عناصره.',
      'وقالت غرفة العمليات في بيان اطلعت عليه "سمارت" إن الفصائل والكتائب تمكنت من قتل وجرح العشرات من عناصر التنظيم وأسر المئات منهم، بعد اشتباكات عنيفة استمرت أكثر من ثلاثة أيام في قرية الخوين جنوب شرق إدلب.',
      'وكان التنظيم سيطر يوم الاثنين على قرية الخوين التابعة لمنطقة معرة النعمان، بعد معارك مع فصائل الجيش الحر والكتائب الإسلامية، ما أتاح له التقدم نحو بلدة التمانعة.',
      'وأضاف البيان أن الفصائل ستعامل أسرى التنظيم وفق العدل والقانون والضرورات الأمنية، مشيرا إلى أن غرفة العمليات ستكشف حقيقة التعاون والتنسيق بين التنظيم وقوات النظام السوري وداعميه.',
    ],
  });
}

/** The reference as another wire would carry it: three words changed in about 600. */
const WIRE_B_COPY = REFERENCE.replace('following fierce clashes', 'following heavy clashes')
  .replace('On Monday, ISIS seized', 'On Monday, ISIS took')
  .replace('the Russian delegation', 'the Moscow delegation');

/** A short story of its own for each concurrent pair, from paragraphs of the reference no other story uses. */
function storyOf(n: number): string {
  const body = REFERENCE.split('\n').filter((line) => /^[A-Z]/.test(line) && line.length > 200);
  return pageCapture({
    headline: `Concurrent story ${n} from the Idlib countryside`,
    credits: 'تحرير أمنة رياض',
    date: `${n + 1} مارس، 2018 10:00:00 ص`,
    dateline: 'Idlib, SMART',
    paragraphs: [body[2 * n], body[2 * n + 1]],
  });
}

/** Another story altogether, in English. */
const ANOTHER_STORY = [
  'Municipal workers in Douma began repairing the main water pipeline on Sunday after weeks of shortages left thousands of families buying water from private tankers at high prices.',
  'The local council said the repairs would take ten days and that engineers had found three breaks caused by shelling last winter, while residents said the price of a tank of water had doubled since January.',
].join('\n\n');

/** A story of its own from wire-b, near nothing else posted here. */
const SENTINEL = pageCapture({
  headline: 'بدء إصلاح خط المياه الرئيسي في دوما',
  credits: 'تحرير أمنة رياض',
  date: '20 فبراير، 2018 9:00:00 ص',
  dateline: 'دوما، سمارت',
  paragraphs: [
    'بدأ عمال البلدية في مدينة دوما يوم الأحد إصلاح خط المياه الرئيسي بعد أسابيع من الانقطاع اضطرت خلالها آلاف العائلات إلى شراء المياه من الصهاريج الخاصة بأسعار مرتفعة.',
    'وقال المجلس المحلي إن أعمال الصيانة ستستغرق عشرة أيام وإن المهندسين وجدوا ثلاثة أعطال سببها القصف في الشتاء الماضي، فيما قال السكان إن سعر الصهريج تضاعف منذ كانون الثاني.',
  ],
});

interface Answer {
  status: number;
  body: { articleId: string; version: number; outcome: string; duplicateOf?: string };
}

describe('duplicates across feeds and translations linked to their originals, end to end', () => {
  let pipeline: RunningPipeline;
  let kafka: Kafka;
  let wireB: Record<string, string>;
  let publishedTopic: string;
  let readers = 0;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    pipeline = await startPipeline(uniqueRunPrefix('dedupe'));
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'e2e-dedupe-reader' });
    wireB = await registerFeed(pipeline, 'wire-b');
    publishedTopic = physicalTopic(pipeline.prefix, Topics.published);
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  async function post(body: string, feedHeaders: Record<string, string> = pipeline.feedHeaders): Promise<Answer> {
    const response = await fetch(`${pipeline.ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', ...feedHeaders },
      body,
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

  const reader = (): string => `${pipeline.prefix}.reader-${++readers}`;

  async function published(articleId: string): Promise<Article> {
    return parse(await waitForKey(kafka, publishedTopic, articleId, reader()));
  }

  it('links the English translation to its Arabic original when the original came first', async () => {
    const original = await post(arabicOriginal(REFERENCE_DATE));
    expect(original).toMatchObject({ status: 202, body: { outcome: 'created', version: 1 } });
    ids.arabic = original.body.articleId;

    const translation = await post(REFERENCE);
    expect(translation).toMatchObject({ status: 202, body: { outcome: 'created', version: 1 } });
    ids.translation = translation.body.articleId;

    const article = await published(ids.translation);
    expect(article.version).toBe('1');
    expect(article.language).toBe('en');
    expect(article.newsroom.translation).toEqual({ fromLanguage: 'ar', originalUri: articleUri(ids.arabic) });

    const arabic = await published(ids.arabic);
    expect(arabic.language).toBe('ar');
    expect(arabic.newsroom.translation).toBeUndefined();
  });

  it("stores the same story from another feed as a duplicate of the first, with 200 and the original's id", async () => {
    const copy = await post(WIRE_B_COPY, wireB);
    expect(copy).toMatchObject({
      status: 200,
      body: { outcome: 'duplicate', version: 1, duplicateOf: ids.translation },
    });
    expect(copy.body.articleId).not.toBe(ids.translation);
    ids.wireBCopy = copy.body.articleId;

    const again = await post(WIRE_B_COPY, wireB);
    expect(again).toMatchObject({
      status: 200,
      body: { articleId: ids.wireBCopy, outcome: 'unchanged', duplicateOf: ids.translation },
    });
  });

  it("keeps a duplicate's later version a duplicate while it is the same story, and publishes it once it is a story of its own", async () => {
    // Punctuated its own way: a new version, the same words.
    const stillSame = await post(WIRE_B_COPY.replace('Idlib, Northern Syria', 'Idlib – Northern Syria'), wireB);
    expect(stillSame).toMatchObject({
      status: 200,
      body: { articleId: ids.wireBCopy, outcome: 'duplicate', version: 2, duplicateOf: ids.translation },
    });

    // Same headline and date, so the same article; the body is now another story.
    const [head] = WIRE_B_COPY.split('Idlib, SMART');
    const rewritten = await post(`${head}Idlib, SMART\n\n${ANOTHER_STORY}`, wireB);
    expect(rewritten).toMatchObject({
      status: 202,
      body: { articleId: ids.wireBCopy, outcome: 'new-version', version: 3 },
    });
    expect(rewritten.body.duplicateOf).toBeUndefined();
    const v3 = await waitForRecord(kafka, publishedTopic, reader(), (m) => m.key?.toString() === ids.wireBCopy);
    expect(parse(v3).version).toBe('3');
  });

  it('gives a translation that came before its original a new version carrying the link when the original arrives', async () => {
    const date = '14 فبراير، 2018 3:10:00 م';
    const translation = await post(
      REFERENCE.replaceAll(REFERENCE_DATE, date).replace(
        'Free Syrian Army factions and Islamist',
        'Second report: factions and Islamist',
      ),
    );
    expect(translation).toMatchObject({ status: 202, body: { outcome: 'created', version: 1 } });
    ids.lateTranslation = translation.body.articleId;
    expect((await published(ids.lateTranslation)).newsroom.translation).toEqual({ fromLanguage: 'ar' });

    const original = await post(arabicOriginal(date, 'تقرير ثان عن إنهاء وجود تنظيم "الدولة" جنوب شرق إدلب'));
    expect(original).toMatchObject({ status: 202, body: { outcome: 'created' } });
    ids.lateArabic = original.body.articleId;

    const v2 = await waitForRecord(
      kafka,
      publishedTopic,
      reader(),
      (m) => m.key?.toString() === ids.lateTranslation && parse(m).version === '2',
    );
    expect(parse(v2).newsroom.translation).toEqual({ fromLanguage: 'ar', originalUri: articleUri(ids.lateArabic) });
  });

  it('publishes one of two near-identical posts from two feeds at the same moment, and stores the other as its duplicate', async () => {
    const wireC = await registerFeed(pipeline, 'wire-c');
    const wireD = await registerFeed(pipeline, 'wire-d');
    const stories = [0, 1, 2].map(storyOf);
    // The second wire punctuates the headline its own way: other bytes, the same words.
    const answers = await Promise.all(
      stories.flatMap((story) => [
        post(story, wireC),
        post(story.replace('Concurrent story', 'Concurrent story:'), wireD),
      ]),
    );
    for (let n = 0; n < stories.length; n++) {
      const pair = [answers[2 * n], answers[2 * n + 1]];
      const created = pair.filter((a) => a.body.outcome === 'created');
      const duplicates = pair.filter((a) => a.body.outcome === 'duplicate');
      expect(created).toHaveLength(1);
      expect(duplicates).toHaveLength(1);
      expect(duplicates[0].body.duplicateOf).toBe(created[0].body.articleId);
      ids[`story${n}`] = created[0].body.articleId;
      ids[`story${n}Duplicate`] = duplicates[0].body.articleId;
    }
  });

  it('keeps the link on a later version of a linked translation', async () => {
    const corrected = await post(
      REFERENCE.replace('captured hundreds of ISIS members', 'captured about 400 ISIS members'),
    );
    expect(corrected).toMatchObject({
      status: 202,
      body: { articleId: ids.translation, outcome: 'new-version', version: 2 },
    });
    const v2 = await waitForRecord(
      kafka,
      publishedTopic,
      reader(),
      (m) => m.key?.toString() === ids.translation && parse(m).version === '2',
    );
    expect(parse(v2).newsroom.translation).toEqual({ fromLanguage: 'ar', originalUri: articleUri(ids.arabic) });
  });

  it('sends nothing to news.ingested.v1 for a duplicate', async () => {
    const sentinel = await post(SENTINEL, wireB);
    expect(sentinel).toMatchObject({ status: 202, body: { outcome: 'created' } });
    await published(sentinel.body.articleId);
    const ingested = await readWholeTopic(kafka, physicalTopic(pipeline.prefix, Topics.ingested), reader());
    const keys = ingested.map((r) => r.message.key?.toString());
    for (const n of [0, 1, 2]) expect(keys).not.toContain(ids[`story${n}Duplicate`]);
    const count = (id: string): number => keys.filter((key) => key === id).length;
    expect(
      [ids.arabic, ids.lateArabic, ids.story0, ids.story1, ids.story2, sentinel.body.articleId].map(count),
    ).toEqual([1, 1, 1, 1, 1, 1]);
    // Two versions each; the copy's two versions as a duplicate sent nothing, its third (a story of its own) one event.
    expect([ids.translation, ids.lateTranslation, ids.wireBCopy].map(count)).toEqual([2, 2, 1]);
    expect(keys).toHaveLength(11);
  });
});

function parse(message: KafkaMessage): Article {
  return JSON.parse(message.value!.toString('utf8')) as Article;
}
