import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { Kafka, KafkaMessage } from 'kafkajs';
import { Article, Topics, articleUri, physicalTopic } from '@news/contracts';
import { createKafka } from '@news/messaging';
import { AddUserUseCase } from '../../apps/translate-queue/src/desk/people/add-user/add-user.use-case';
import { testInfrastructure } from '../support/infrastructure';
import { RunningPipeline, startPipeline } from '../support/pipeline';
import { uniqueRunPrefix } from '../support/test-run';
import { waitForKey } from '../support/topic-reader';
import { waitFor } from '../support/wait-for';

jest.setTimeout(120_000);

/** An Arabic original as SMART's Arabic site prints it: headline, credit and date line, dateline, three paragraphs. */
const ARABIC_ORIGINAL = [
  'الجيش الحر يأسر ٤٠٠ عنصر من تنظيم "الدولة" جنوب شرق إدلب',
  'تحرير أمنة رياض 🕔 تم النشر بتاريخ : 20 فبراير، 2018 10:15:00 ص خبر عسكري تنظيم الدولة الإسلامية',
  'إدلب، سمارت',
  'أنهت فصائل من الجيش السوري الحر و"هيئة تحرير الشام"، يوم الثلاثاء، وجود تنظيم "الدولة الإسلامية" في ريف إدلب الجنوبي الشرقي، وأسرت ٤٠٠ من عناصره.',
  'وقالت غرفة العمليات في بيان اطلعت عليه "سمارت" إن الاشتباكات استمرت أكثر من ثلاثة أيام في قرية الخوين على بعد ٣٨ كيلومترا جنوب إدلب.',
  'وأضاف البيان أن الفصائل ستعامل الأسرى وفق القانون.',
].join('\n\n');

/** What the translator writes: every blocking QA check passes. */
const TRANSLATION = {
  headline: 'FSA captures 400 Islamic State members in southeastern Idlib',
  paragraphs: [
    'On Tuesday, Free Syrian Army factions and Hayat Tahrir al-Sham ended the presence of the Islamic State in the southeastern Idlib countryside and captured 400 of its members.',
    'The operations room said in a statement seen by SMART that the clashes lasted more than three days in the village of al-Khoain, 38 kilometers south of Idlib.',
    'The statement added that the factions would treat the captives according to the law.',
  ],
};

interface Problem {
  type: string;
  status: number;
  detail: string;
  code?: string;
  failures?: { check: string; message: string }[];
}

describe('the translation desk, end to end: an Arabic original to its English translation on news.published.v1', () => {
  let pipeline: RunningPipeline;
  let deskUrl: string;
  let kafka: Kafka;
  let arabicId: string;
  let jobId: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    pipeline = await startPipeline(uniqueRunPrefix('desk'));
    const translateQueue: INestApplication = pipeline.apps[1];
    deskUrl = `http://127.0.0.1:${(translateQueue.getHttpServer().address() as AddressInfo).port}`;
    kafka = createKafka({ brokers: testInfrastructure.kafkaBrokers, clientId: 'e2e-desk-reader' });
    // Accounts are made as `npm run desk -- add-user` makes them.
    const addUser = translateQueue.get(AddUserUseCase);
    await addUser.execute({
      username: 'salma',
      role: 'translator',
      displayName: 'سلمى يوسف',
      password: 'salma password 1',
    });
    await addUser.execute({
      username: 'omar',
      role: 'translator',
      displayName: 'Omar Khaled',
      password: 'omar password 12',
    });
    await addUser.execute({
      username: 'karim',
      role: 'translation-editor',
      displayName: 'كريم حداد',
      password: 'karim password 1',
    });
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  async function desk<T>(
    method: string,
    path: string,
    as?: string,
    body?: unknown,
  ): Promise<{ status: number; body: T; type: string }> {
    const response = await fetch(`${deskUrl}${path}`, {
      method,
      headers: {
        ...(as ? { authorization: `Bearer ${tokens[as]}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    return {
      status: response.status,
      body: (await response.json()) as T,
      type: response.headers.get('content-type') ?? '',
    };
  }

  it('opens a job for the Arabic original posted to ingest, with its text', async () => {
    const posted = await fetch(`${pipeline.ingestUrl}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', ...pipeline.feedHeaders },
      body: ARABIC_ORIGINAL,
    });
    expect(posted.status).toBe(202);
    arabicId = ((await posted.json()) as { articleId: string }).articleId;

    for (const [username, password] of [
      ['salma', 'salma password 1'],
      ['omar', 'omar password 12'],
      ['karim', 'karim password 1'],
    ]) {
      const login = await desk<{ token: string; expiresAt: string }>('POST', '/v1/auth/login', undefined, {
        username,
        password,
      });
      expect(login.status).toBe(200);
      expect(new Date(login.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
      tokens[username] = login.body.token;
    }

    await waitFor(async () => {
      const queue = await desk<{ items: { id: string; articleId: string }[] }>(
        'GET',
        '/v1/jobs?state=open&source=ar&target=en',
        'salma',
      );
      jobId = queue.body.items.find((j) => j.articleId === arabicId)?.id ?? '';
      return jobId !== '';
    }, 'the job to open');
    const job = await desk<{
      state: string;
      source: { paragraphs: string[] };
      headline: string;
      glossaryHints: unknown[];
    }>('GET', `/v1/jobs/${jobId}`, 'salma');
    expect(job.body).toMatchObject({
      state: 'open',
      headline: 'الجيش الحر يأسر ٤٠٠ عنصر من تنظيم "الدولة" جنوب شرق إدلب',
    });
    expect(job.body.source.paragraphs).toHaveLength(3);
    expect(job.body.glossaryHints.length).toBeGreaterThan(0);
  });

  it('answers without a token 401, another translator’s claim 409 and a translator approving 403, all problem+json', async () => {
    const anonymous = await desk<Problem>('GET', '/v1/jobs');
    expect(anonymous).toMatchObject({ status: 401, type: expect.stringContaining('application/problem+json') });

    expect((await desk('POST', `/v1/jobs/${jobId}/claim`, 'salma')).status).toBe(200);
    const second = await desk<Problem>('POST', `/v1/jobs/${jobId}/claim`, 'omar');
    expect(second).toMatchObject({ status: 409, body: { code: 'LEASE_HELD' } });
    expect(second.type).toContain('application/problem+json');
    const approve = await desk<Problem>('POST', `/v1/jobs/${jobId}/approve`, 'omar');
    expect(approve).toMatchObject({ status: 403, body: { code: 'ROLE_FORBIDDEN' } });
  });

  it('refuses a submission with blocking QA failures with 422 listing them', async () => {
    const bad = {
      headline: TRANSLATION.headline,
      paragraphs: [
        TRANSLATION.paragraphs[0],
        'The clashes lasted more than three days in Edlib.',
        TRANSLATION.paragraphs[2],
      ],
    };
    expect((await desk('PUT', `/v1/jobs/${jobId}/draft`, 'salma', bad)).status).toBe(200);
    const submit = await desk<Problem>('POST', `/v1/jobs/${jobId}/submit`, 'salma');
    expect(submit.status).toBe(422);
    expect(submit.type).toContain('application/problem+json');
    expect(submit.body.failures?.map((f) => f.check)).toEqual(
      expect.arrayContaining(['numbers', 'glossary-forbidden', 'glossary-preferred']),
    );
  });

  it('takes the fixed draft, and the editor approves it', async () => {
    expect((await desk('PUT', `/v1/jobs/${jobId}/draft`, 'salma', TRANSLATION)).status).toBe(200);
    const submitted = await desk<{ state: string }>('POST', `/v1/jobs/${jobId}/submit`, 'salma');
    expect(submitted).toMatchObject({ status: 200, body: { state: 'submitted' } });
    const approved = await desk<{ state: string; translation: { articleId: string; version: number } }>(
      'POST',
      `/v1/jobs/${jobId}/approve`,
      'karim',
    );
    expect(approved).toMatchObject({ status: 200, body: { state: 'approved', translation: { version: 1 } } });

    const message = await waitForKey(
      kafka,
      physicalTopic(pipeline.prefix, Topics.published),
      approved.body.translation.articleId,
      `${pipeline.prefix}.reader-translation`,
      60_000,
    );
    const published = parse(message);
    expect(published).toMatchObject({
      language: 'en',
      version: '1',
      pubStatus: 'usable',
      headlines: [{ value: TRANSLATION.headline }],
    });
    expect(published.bodies[0].value.split('\n\n')).toEqual(TRANSLATION.paragraphs);
    expect(published.newsroom.translation).toEqual({ fromLanguage: 'ar', originalUri: articleUri(arabicId) });
    expect(published.newsroom.credits).toEqual([
      { name: 'أمنة رياض', role: 'editor' },
      { name: 'سلمى يوسف', role: 'translator' },
      { name: 'كريم حداد', role: 'translation-editor' },
    ]);
    expect(published.infoSources).toEqual(
      expect.arrayContaining([
        { name: 'أمنة رياض', role: 'editor' },
        { name: 'سلمى يوسف', role: 'translator' },
        { name: 'كريم حداد', role: 'translation-editor' },
      ]),
    );
    expect(published.newsroom.dateline).toMatchObject({ place: 'Idlib' });
    expect(published.newsroom.enrichment).toMatchObject({ detectedLanguage: 'en', languageMatchesDeclared: true });
  });

  it('shows the desk on /metrics, in /health/ready and in /openapi.json', async () => {
    const metrics = await (await fetch(`${deskUrl}/metrics`)).text();
    expect(metrics).toMatch(/news_translation_jobs\{[^}]*state="approved"[^}]*source="ar"[^}]*target="en"[^}]*\} 1/);
    expect(metrics).toContain('news_translation_oldest_open_job_seconds');
    expect(metrics).toContain('news_translation_due_breaches');
    const ready = (await (await fetch(`${deskUrl}/health/ready`)).json()) as { checks: Record<string, string> };
    expect(ready.checks).toMatchObject({ postgres: 'ok', desk: 'ok' });
    const openapi = (await (await fetch(`${deskUrl}/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        '/v1/auth/login',
        '/v1/jobs',
        '/v1/jobs/{id}',
        '/v1/jobs/{id}/claim',
        '/v1/jobs/{id}/draft',
        '/v1/glossary',
      ]),
    );
  });
});

function parse(message: KafkaMessage): Article {
  return JSON.parse(message.value!.toString('utf8')) as Article;
}
